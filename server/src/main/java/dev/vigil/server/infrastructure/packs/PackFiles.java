package dev.vigil.server.infrastructure.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

/** Opens a pack: the file an operator configured, or the one bundled with the server. */
final class PackFiles {

    private PackFiles() {
    }

    /** Loads with the source name the loader puts in every problem it reports. */
    static <T> T load(Optional<String> configured, String bundled, BiFunction<String, InputStream, T> loader) {
        Optional<String> file = configured.filter(s -> !s.isBlank());
        if (file.isPresent()) {
            Path path = Path.of(file.get()).toAbsolutePath();
            try (InputStream in = Files.newInputStream(path)) {
                return loader.apply(path.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pack " + path, e);
            }
        }
        try (InputStream in = PackFiles.class.getClassLoader().getResourceAsStream(bundled)) {
            if (in == null) {
                throw new IllegalStateException("the bundled pack is missing: " + bundled);
            }
            return loader.apply("classpath:" + bundled, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
