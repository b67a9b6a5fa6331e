package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.account.AccountService;
import dev.vigil.server.application.account.SignInKeys;
import dev.vigil.server.application.shared.AppRole;
import dev.vigil.server.application.shared.Caller;
import dev.vigil.server.application.shared.CallerDirectory;
import dev.vigil.server.application.shared.FieldError;
import dev.vigil.server.application.shared.InvalidRequestException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in: the page ({@code GET /login}), the form's answer ({@code POST /login}, decided by the
 * authentication mechanism before this runs), the return from the OpenID Connect provider, and the
 * page where a person whose password was reset sets their own ({@code /login/password}).
 */
@WebServlet(urlPatterns = {"/login", "/login/*"})
public class SignInServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject PageRenderer pages;
    @Inject CallerDirectory callers;
    @Inject AccountService accounts;
    @Inject UiText texts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sub = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Caller> caller = caller(request);
        if (sub.startsWith("/oidc")) {
            Object next = request.getAttribute(SignInKeys.NEXT);
            response.sendRedirect(request.getContextPath() + (caller.isPresent()
                    ? safeNext(next == null ? null : next.toString(), caller.get()) : "/login?failed=oidc"));
            return;
        }
        if (caller.isPresent()) {
            response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next"), caller.get()));
            return;
        }
        boolean changing = "/password".equals(sub);
        if (changing && pendingChange(request).isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("mode", changing ? "password" : "signin");
        pendingChange(request).ifPresent(name -> extra.put("username", name));
        List<String> browser = new ArrayList<>();
        String asked = request.getParameter("lang");
        if (asked != null) {
            browser.add(asked);
        }
        Collections.list(request.getLocales()).forEach(l -> browser.add(l.getLanguage()));
        pages.render(request, response, "login", texts.choose(browser), extra);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sub = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/password".equals(sub)) {
            changePassword(request, response);
            return;
        }
        Optional<Caller> caller = caller(request);
        if (caller.isPresent()) {
            json(response, 200, Map.of("next", safeNext(request.getParameter("next"), caller.get())));
            return;
        }
        Object outcome = request.getAttribute(SignInKeys.OUTCOME);
        if (outcome == SignInKeys.Outcome.THROTTLED) {
            Object seconds = request.getAttribute(SignInKeys.RETRY_AFTER);
            response.setHeader("Retry-After", String.valueOf(seconds));
            json(response, 429, Map.of("error", "throttled", "retryAfter", seconds));
        } else if (outcome == SignInKeys.Outcome.PASSWORD_CHANGE_REQUIRED) {
            json(response, 409, Map.of("error", "password-change", "next", "/login/password"));
        } else {
            json(response, 401, Map.of("error", "failed"));
        }
    }

    private void changePassword(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> name = pendingChange(request);
        if (name.isEmpty()) {
            json(response, 401, Map.of("error", "failed"));
            return;
        }
        try {
            accounts.changePassword(name.get(), request.getParameter("currentPassword"), request.getParameter("newPassword"));
        } catch (InvalidRequestException e) {
            List<Map<String, String>> errors = e.errors().stream()
                    .map((FieldError f) -> Map.of("field", f.field(), "message", f.message())).toList();
            json(response, 400, Map.of("error", "invalid", "errors", errors));
            return;
        }
        request.getSession().removeAttribute(SignInKeys.PASSWORD_CHANGE);
        json(response, 200, Map.of("next", "/login?changed=1"));
    }

    private Optional<Caller> caller(HttpServletRequest request) {
        return Optional.ofNullable(request.getUserPrincipal()).flatMap(p -> callers.byName(p.getName()));
    }

    private static Optional<String> pendingChange(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (String) session.getAttribute(SignInKeys.PASSWORD_CHANGE));
    }

    /** A page of this site to go to after signing in; never another site's address. */
    static String safeNext(String next, Caller caller) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith("/login") && next.length() < 500) {
            return next;
        }
        return caller.hasAny(AppRole.STAFF, AppRole.SECURITY, AppRole.MANAGER) ? "/" : "/console";
    }

    private static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(body));
    }
}
