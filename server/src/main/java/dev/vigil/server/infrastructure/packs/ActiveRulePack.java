package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.pattern.RulePackSource;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * Adapter that holds the rule pack in force: the bundled default, or the file named by
 * {@code vigil.packs.rules}. Loaded once at startup, fixtures and all; an invalid pack stops startup.
 */
@ApplicationScoped
public class ActiveRulePack implements RulePackSource {

    static final String DEFAULT = "packs/rules/rules.yaml";

    @Inject Config config;

    private volatile RulePack pack;

    public RulePack load(IndicatorPack indicators) {
        RulePackLoader loader = new RulePackLoader(indicators);
        var location = config.getOptionalValue("vigil.packs.rules", String.class).filter(s -> !s.isBlank());
        if (location.isPresent()) {
            Path file = Path.of(location.get()).toAbsolutePath();
            try (InputStream in = Files.newInputStream(file)) {
                pack = loader.load(file.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule pack " + file, e);
            }
        } else {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled rule pack is missing: " + DEFAULT);
                }
                pack = loader.load("classpath:" + DEFAULT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pack;
    }

    @Override
    public RulePack activeRules() {
        RulePack current = pack;
        if (current == null) {
            throw new IllegalStateException("the rule pack is not loaded yet");
        }
        return current;
    }
}
