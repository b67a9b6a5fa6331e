package dev.vigil.server.infrastructure.plugins;

import dev.vigil.plugin.connector.ApiVersion;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * The plugins a chain dropped into the plugins folder ({@code vigil.plugins.dir}, by default
 * {@code <data dir>/plugins}), loaded at startup without rebuilding Vigil, as Keycloak loads providers.
 * Jars built against a plugin API this server cannot run are refused, each with a message saying why;
 * the others share one class loader whose parent is the application's, so plugins see the plugin API
 * and the server's own plugins and connectors are found beside them.
 */
@ApplicationScoped
public class PluginClassPath {

    private static final Logger LOG = Logger.getLogger(PluginClassPath.class.getName());

    @Inject Config config;

    private volatile ClassLoader loader;
    private volatile List<PluginJar> jars = List.of();

    protected PluginClassPath() {
        // for CDI
    }

    /** For plain Java tests and tools. */
    public PluginClassPath(Config config) {
        this.config = config;
    }

    /** The folder plugins are read from. */
    public Path folder() {
        return config.getOptionalValue("vigil.plugins.dir", String.class).filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> VigilSettings.of(config).dataDir().resolve("plugins"));
    }

    /** Reads the folder once; later calls reuse what was read. */
    public synchronized ClassLoader loader() {
        if (loader == null) {
            jars = scan(folder(), ApiVersion.current());
            List<URL> urls = new ArrayList<>();
            for (PluginJar jar : jars) {
                if (jar.accepted()) {
                    urls.add(url(jar.file()));
                    LOG.log(Level.INFO, "plugin jar loaded: {0}", jar.file().getFileName());
                } else {
                    LOG.log(Level.SEVERE, "plugin refused: {0}", jar.refusal().get());
                }
            }
            loader = urls.isEmpty() ? getClass().getClassLoader()
                    : new URLClassLoader("vigil-plugins", urls.toArray(URL[]::new), getClass().getClassLoader());
        }
        return loader;
    }

    /** Every implementation of a service interface: the server's own and the plugins'. */
    public <T> List<T> services(Class<T> spi) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(spi, loader()).forEach(found::add);
        return found;
    }

    /** Why each refused jar was refused. */
    public List<String> refusals() {
        loader();
        return jars.stream().flatMap(j -> j.refusal().stream()).toList();
    }

    /** The jars of a folder, judged; none when the folder does not exist. */
    static List<PluginJar> scan(Path folder, ApiVersion server) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                    .map(f -> PluginJar.examine(f, server)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugins folder " + folder, e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
