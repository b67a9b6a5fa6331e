package dev.vigil.server.infrastructure.plugins;

import dev.vigil.plugin.connector.ApiVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One jar of the plugins folder and the verdict on it. A jar that provides a Vigil service (a
 * {@code META-INF/services} entry for a connector factory or a notification channel) must say in its
 * manifest which plugin API it was built against ({@code Vigil-Plugin-Api: 1.0}), and this server must be
 * able to run that version. Other jars are libraries that plugins need, and are loaded as they are.
 *
 * @param file the jar
 * @param provides whether it provides a Vigil service
 * @param refusal why it is not loaded, if it is not
 */
public record PluginJar(Path file, boolean provides, Optional<String> refusal) {

    static final List<String> SERVICES = List.of("META-INF/services/dev.vigil.plugin.connector.ConnectorFactory",
            "META-INF/services/dev.vigil.plugin.notify.NotificationChannel");

    /** Reads a jar and judges it against the server's API version. */
    public static PluginJar examine(Path file, ApiVersion server) {
        String name = file.getFileName().toString();
        try (JarFile jar = new JarFile(file.toFile())) {
            boolean provides = SERVICES.stream().anyMatch(s -> jar.getEntry(s) != null);
            if (!provides) {
                return new PluginJar(file, false, Optional.empty());
            }
            Manifest manifest = jar.getManifest();
            String declared = manifest == null ? null
                    : manifest.getMainAttributes().getValue(new Attributes.Name(ApiVersion.MANIFEST_ATTRIBUTE));
            if (declared == null || declared.isBlank()) {
                return refused(file, "plugin " + name + " does not say which plugin API it was built against: its manifest"
                        + " needs '" + ApiVersion.MANIFEST_ATTRIBUTE + ": " + server + "' (see docs/plugin-guide.md)");
            }
            ApiVersion builtAgainst;
            try {
                builtAgainst = ApiVersion.parse(declared);
            } catch (IllegalArgumentException e) {
                return refused(file, "plugin " + name + " declares '" + ApiVersion.MANIFEST_ATTRIBUTE + ": " + declared
                        + "', which is not a major.minor version");
            }
            if (!server.canRun(builtAgainst)) {
                return refused(file, "plugin " + name + " was built against plugin API " + builtAgainst
                        + ", and this Vigil provides plugin API " + server + " (it runs plugins built against "
                        + server.major() + ".0 to " + server + "): rebuild the plugin against vigil-plugin-api " + server);
            }
            return new PluginJar(file, true, Optional.empty());
        } catch (IOException e) {
            return refused(file, "plugin " + name + " is not a readable jar: " + e.getMessage());
        }
    }

    private static PluginJar refused(Path file, String why) {
        return new PluginJar(file, true, Optional.of(why));
    }

    public boolean accepted() {
        return refusal.isEmpty();
    }
}
