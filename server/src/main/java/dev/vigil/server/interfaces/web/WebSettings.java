package dev.vigil.server.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Settings of the pages, from MicroProfile Config. */
@ApplicationScoped
public class WebSettings {

    @Inject Config config;

    /**
     * Origins allowed to show the embeddable checklist in a frame ({@code vigil.embed.allowed-origins},
     * comma-separated, e.g. {@code https://pms.example.com}); none by default.
     */
    public List<String> embedOrigins() {
        return origins("vigil.embed.allowed-origins");
    }

    private List<String> origins(String key) {
        return text(key).map(v -> Arrays.stream(v.split(","))
                .map(String::trim).filter(s -> s.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")).toList()).orElse(List.of());
    }

    /**
     * Origins whose pages may call the API from a browser ({@code vigil.cors.allowed-origins}, comma-separated,
     * exact {@code scheme://host[:port]}); none by default, so no other site's script can read an answer.
     */
    public List<String> corsOrigins() {
        return origins("vigil.cors.allowed-origins");
    }

    /** Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed ({@code vigil.http.trusted-proxies}). */
    public java.util.Set<String> trustedProxies() {
        return dev.vigil.server.application.shared.ClientOrigin.proxies(text("vigil.http.trusted-proxies").orElse(null));
    }

    /** The largest request body accepted under /api, in bytes ({@code vigil.http.max-body-bytes}, default 1 MiB). */
    public int maxBodyBytes() {
        return config.getOptionalValue("vigil.http.max-body-bytes", Integer.class).orElse(1 << 20);
    }

    /** Where the quick exit goes ({@code vigil.web.quick-exit-url}); a blank page by default. */
    public String quickExitUrl() {
        return text("vigil.web.quick-exit-url").orElse("about:blank");
    }

    /** Session cookies only over HTTPS ({@code vigil.web.secure-cookies}); set it in production behind TLS. */
    public boolean secureCookies() {
        return config.getOptionalValue("vigil.web.secure-cookies", Boolean.class).orElse(false);
    }

    /** Minutes a page session lives without use ({@code vigil.web.session-minutes}, default 60). */
    public int sessionMinutes() {
        return config.getOptionalValue("vigil.web.session-minutes", Integer.class).orElse(60);
    }

    /** True when chains sign in through their OpenID Connect provider ({@code vigil.oidc.issuer} set). */
    public boolean oidcEnabled() {
        return text("vigil.oidc.issuer").isPresent();
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
    }
}
