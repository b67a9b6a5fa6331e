package dev.vigil.server.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * The page session's cookie: never readable by scripts, not sent with other sites' requests
 * (SameSite=Lax; changing requests also need the session's token), over HTTPS only when configured,
 * and never in a URL.
 */
@WebListener
public class SessionSetup implements ServletContextListener {

    @Inject WebSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies());
        cookie.setAttribute("SameSite", "Lax");
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        event.getServletContext().setSessionTimeout(settings.sessionMinutes());
    }
}
