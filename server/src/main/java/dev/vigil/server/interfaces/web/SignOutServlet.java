package dev.vigil.server.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sign-out ({@code POST /logout}, with the page's request token): ends the session and tells the
 * browser to forget what this site stored (cookies, storage, cache), so the next person at a shared
 * screen finds nothing. The page first sends or gives up what waits in its offline queue.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        try {
            request.logout();
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
