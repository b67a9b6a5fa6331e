package dev.vigil.server.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a page: the one template ({@code web/pages/page.html}) with the page's script, language,
 * direction, title and the boot data the script reads (texts, languages, the session's request token, settings),
 * under a Content-Security-Policy that lets the page load nothing but this server's own files.
 */
@ApplicationScoped
public class PageRenderer {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject UiText texts;
    @Inject WebSettings settings;

    private volatile String template;

    void render(HttpServletRequest request, HttpServletResponse response, String page, String lang,
                Map<String, Object> extra) throws IOException {
        Map<String, String> messages = texts.messages(lang);
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("page", page);
        boot.put("base", request.getContextPath());
        boot.put("lang", lang);
        boot.put("dir", UiText.direction(lang));
        boot.put("languages", texts.languages());
        boot.put("messages", messages);
        boot.put("quickExit", settings.quickExitUrl());
        boot.put("oidc", settings.oidcEnabled());
        if (request.getSession(false) != null || !"embed".equals(page)) {
            boot.put("csrf", Csrf.token(request));
        }
        boot.putAll(extra);
        String html = template()
                .replace("{{page}}", page)
                .replace("{{base}}", request.getContextPath())
                .replace("{{lang}}", lang)
                .replace("{{dir}}", UiText.direction(lang))
                .replace("{{title}}", escape(messages.getOrDefault("title." + page, "Vigil")))
                .replace("{{noscript}}", escape(messages.getOrDefault("common.noscript", "")))
                .replace("{{boot}}", JSON.toJson(boot).replace("<", "\\u003c"));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", lang);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + frameAncestors(page));
        if (!"embed".equals(page)) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.getWriter().write(html);
    }

    private String frameAncestors(String page) {
        List<String> origins = "embed".equals(page) ? settings.embedOrigins() : List.of();
        return origins.isEmpty() ? "'none'" : String.join(" ", origins);
    }

    private String template() {
        String known = template;
        if (known == null) {
            try (InputStream in = PageRenderer.class.getResourceAsStream("/web/pages/page.html")) {
                known = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = known;
        }
        return known;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
