package dev.vigil.server.it.security;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Test-only window into the server's database, added to the deployment of {@code SecurityIT} alone (never
 * part of the product): the row count of every table, of each audit action, case event kind and
 * notification event, and one way to tamper
 * with an audit entry as an intruder with database access would.
 */
@WebServlet("/it-probe/*")
public class ItProbe extends HttpServlet {

    @Resource(lookup = "java:app/jdbc/vigil")
    DataSource db;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table.toLowerCase(), rs.getLong(1));
                }
            }
            for (String[] byKind : new String[][] {{"audit", "audit_entry", "action"}, {"case_event", "case_event", "kind"},
                    {"notification", "notification", "event"}}) {
                try (ResultSet rs = s.executeQuery("SELECT " + byKind[2] + ", COUNT(*) FROM " + byKind[1] + " GROUP BY " + byKind[2])) {
                    while (rs.next()) {
                        counts.put(byKind[0] + ":" + rs.getString(1), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        StringBuilder out = new StringBuilder();
        counts.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        response.getWriter().write(out.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "UPDATE audit_entry SET actor = 'somebody-else' WHERE tenant_id = ? AND lane = 0 AND seq = ?")) {
            p.setString(1, request.getParameter("tenant"));
            p.setLong(2, Long.parseLong(request.getParameter("seq")));
            response.getWriter().write(String.valueOf(p.executeUpdate()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
