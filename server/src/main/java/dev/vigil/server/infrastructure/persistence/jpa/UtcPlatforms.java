package dev.vigil.server.infrastructure.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Chooses the provider's platform for the database Vigil runs on, in its UTC form ({@link UtcDateTimes}):
 * H2 or PostgreSQL, read from the connection's own metadata.
 */
public class UtcPlatforms implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        String product = product(login).toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            login.setPlatform(new UtcH2Platform());
        } else if (product.contains("postgres")) {
            login.setPlatform(new UtcPostgreSQLPlatform());
        }
    }

    private static String product(DatabaseLogin login) throws SQLException, NamingException {
        if (login.getConnector() instanceof JNDIConnector jndi) {
            DataSource source = jndi.getDataSource() != null ? jndi.getDataSource()
                    : (DataSource) new InitialContext().lookup(jndi.getName());
            try (Connection c = source.getConnection()) {
                return c.getMetaData().getDatabaseProductName();
            }
        }
        String url = login.getConnectionString();
        return url == null ? "" : url.startsWith("jdbc:h2:") ? "H2" : url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : url;
    }
}
