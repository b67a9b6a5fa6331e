package dev.vigil.server.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The few settings that decide how Vigil runs: where its files live, which database, demo mode.
 * Each can be set as a system property ({@code -Dvigil.data.dir=…}) or an environment variable
 * ({@code VIGIL_DATA_DIR}).
 */
@ApplicationScoped
public class VigilSettings {

    public static final String DATA_DIR = "vigil.data.dir";
    public static final String DB_URL = "vigil.db.url";
    public static final String DEMO = "vigil.demo";
    public static final String DEMO_USERS = "vigil.demo.users";

    @Inject Config config;

    /** Settings read from the given configuration, for code that runs outside the container. */
    public static VigilSettings of(Config config) {
        VigilSettings settings = new VigilSettings();
        settings.config = config;
        return settings;
    }

    public Path dataDir() {
        return Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("./data")).toAbsolutePath().normalize();
    }

    public String databaseUrl() {
        return config.getOptionalValue(DB_URL, String.class).orElse("");
    }

    /** True for the embedded H2 database. */
    public boolean embeddedDatabase() {
        return databaseUrl().startsWith("jdbc:h2:");
    }

    /**
     * Demo mode, only when asked for: {@code vigil.demo=true}, or {@code --demo} on the runnable jar's command
     * line (its launcher turns that into the same setting). Never a default, whatever the database.
     */
    public boolean demo() {
        return config.getOptionalValue(DEMO, Boolean.class).orElse(false);
    }

    /** Demo users named in configuration, if any; configuring them outside demo mode is refused. */
    public Optional<String> configuredDemoUsers() {
        return config.getOptionalValue(DEMO_USERS, String.class).filter(s -> !s.isBlank());
    }

    /** Whether a failed startup ends the process (the runnable jar) or only fails the deployment (tests). */
    public boolean haltOnStartupFailure() {
        return config.getOptionalValue("vigil.halt-on-startup-failure", Boolean.class).orElse(true);
    }

    public Optional<String> indicatorPackLocation() {
        return config.getOptionalValue("vigil.packs.indicators", String.class).filter(s -> !s.isBlank());
    }
}
