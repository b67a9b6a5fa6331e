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
import java.util.Map;

/**
 * Writes a page: the one template ({@code web/pages/page.html}) with the page's script, language,
 * direction, title and the boot data the script reads (texts, languages, the session's request token, settings),
 * under the pages' Content-Security-Policy of {@link HeaderPolicy}.
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
        HeaderPolicy.page(response, page, settings.embedOrigins());
        response.getWriter().write(html);
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
