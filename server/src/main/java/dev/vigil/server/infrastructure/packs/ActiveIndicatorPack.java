package dev.vigil.server.infrastructure.packs;

import dev.vigil.server.application.indicator.IndicatorPackSource;
import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adapter that holds the indicator pack in force: the bundled default, or the file named by
 * {@code vigil.packs.indicators}. Loaded once at startup; an invalid pack stops startup.
 */
@ApplicationScoped
public class ActiveIndicatorPack implements IndicatorPackSource {

    static final String DEFAULT = "packs/indicators/indicators.yaml";

    @Inject VigilSettings settings;

    private volatile IndicatorPack pack;

    /** Loads and validates the configured pack; throws {@link PackValidationException} naming every problem. */
    public IndicatorPack load() {
        IndicatorPackLoader loader = new IndicatorPackLoader();
        var location = settings.indicatorPackLocation();
        if (location.isPresent()) {
            Path file = Path.of(location.get()).toAbsolutePath();
            try (InputStream in = Files.newInputStream(file)) {
                pack = loader.load(file.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the indicator pack " + file, e);
            }
        } else {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled indicator pack is missing: " + DEFAULT);
                }
                pack = loader.load("classpath:" + DEFAULT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pack;
    }

    public boolean loaded() {
        return pack != null;
    }

    @Override
    public IndicatorPack activePack() {
        IndicatorPack current = pack;
        if (current == null) {
            throw new IllegalStateException("the indicator pack is not loaded yet");
        }
        return current;
    }
}
