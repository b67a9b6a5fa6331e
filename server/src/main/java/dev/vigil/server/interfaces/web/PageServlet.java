package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.account.PreferenceService;
import dev.vigil.server.application.account.Preferences;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.CallerDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pages: the staff filing page at {@code /} (staff, security, managers), the console under
 * {@code /console} (security, managers, admins) and the embeddable checklist at {@code /embed}
 * (signed in by a token its host hands it). Someone not signed in is sent to the sign-in page.
 * The language is {@code ?lang=} (remembered for the person), else the remembered one, else the
 * browser's.
 */
@WebServlet(urlPatterns = {"", "/console", "/console/*", "/embed"})
public class PageServlet extends HttpServlet {

    @Inject PageRenderer pages;
    @Inject CallerDirectory callers;
    @Inject PreferenceService preferences;
    @Inject UiText texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if ("/embed".equals(path)) {
            pages.render(request, response, "embed", language(request, Optional.empty()), Map.of());
            return;
        }
        Optional<Caller> caller = Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> callers.byName(p.getName()));
        boolean console = path.startsWith("/console");
        if (caller.isEmpty()) {
            String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        Caller c = caller.get();
        boolean reviewer = c.hasAny(AppRole.SECURITY, AppRole.MANAGER, AppRole.ADMIN);
        boolean filer = c.hasAny(AppRole.STAFF, AppRole.SECURITY, AppRole.MANAGER);
        if (console && !reviewer) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (!console && !filer) {
            response.sendRedirect(request.getContextPath() + "/console");
            return;
        }
        pages.render(request, response, console ? "console" : "staff", language(request, caller), Map.of());
    }

    /** {@code ?lang=} (and remembered), else the person's remembered language, else the browser's, else English. */
    private String language(HttpServletRequest request, Optional<Caller> caller) {
        String asked = request.getParameter("lang");
        if (asked != null && texts.offers(asked.trim().toLowerCase(Locale.ROOT))) {
            String lang = asked.trim().toLowerCase(Locale.ROOT);
            caller.ifPresent(c -> preferences.change(c, lang, null));
            return lang;
        }
        Optional<String> remembered = caller.map(preferences::of).map(Preferences::lang).filter(texts::offers);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        List<String> browser = new ArrayList<>();
        Collections.list(request.getLocales()).forEach(l -> browser.add(l.getLanguage()));
        return texts.choose(browser);
    }
}
