package dev.vigil.server.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * The page session's cookie: never readable by scripts, over HTTPS only when configured, and never in
 * a URL. (SameSite=Lax comes from WEB-INF/glassfish-web.xml; changing requests also need the session's token.)
 */
@WebListener
public class SessionSetup implements ServletContextListener {

    @Inject WebSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookies());
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        event.getServletContext().setSessionTimeout(settings.sessionMinutes());
    }
}
