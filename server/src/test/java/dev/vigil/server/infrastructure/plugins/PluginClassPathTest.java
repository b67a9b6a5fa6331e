package dev.vigil.server.infrastructure.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.plugin.connector.ConnectorFactory;
import dev.vigil.server.testing.MapConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jars dropped into the plugins folder: a connector built against this plugin API is loaded beside the
 * bundled ones without rebuilding Vigil; one built against another version, or that does not say, is refused
 * with a message naming the jar and the versions.
 */
class PluginClassPathTest {

    @TempDir
    Path work;

    /** A connector plugin, compiled here from source against the plugin API, packed as a chain would. */
    private Path pluginJar(String name, String id, String manifestVersion) throws IOException {
        Path src = work.resolve("src-" + name + "/acme/AcmeFactory.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package acme;\n"
                + "import dev.vigil.plugin.connector.*;\n"
                + "public class AcmeFactory implements ConnectorFactory {\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public ApiVersion apiVersion() { return ApiVersion.parse(ApiVersion.SPEC); }\n"
                + "  public PmsConnector create(ConnectorContext c) { throw new IllegalArgumentException(\"setting 'export-dir' is required\"); }\n"
                + "}\n");
        Path classes = work.resolve("classes-" + name);
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(status).as("the plugin compiles against the plugin API").isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (manifestVersion != null) {
            manifest.getMainAttributes().putValue("Vigil-Plugin-Api", manifestVersion);
        }
        Path folder = work.resolve("plugins");
        Files.createDirectories(folder);
        Path jar = folder.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("acme/AcmeFactory.class"));
            out.write(Files.readAllBytes(classes.resolve("acme/AcmeFactory.class")));
            out.putNextEntry(new JarEntry("META-INF/services/dev.vigil.plugin.connector.ConnectorFactory"));
            out.write("acme.AcmeFactory\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private PluginClassPath classPath() {
        return new PluginClassPath(new MapConfig(Map.of("vigil.plugins.dir", work.resolve("plugins").toString())));
    }

    @Test
    void aPluginBuiltAgainstThisApi_isLoadedBesideTheBundledConnectors() throws IOException {
        pluginJar("acme-connector", "acme", "1.0");
        PluginClassPath plugins = classPath();
        List<String> ids = plugins.services(ConnectorFactory.class).stream().map(ConnectorFactory::id).toList();
        assertThat(ids).contains("acme", "mews", "apaleo", "opera", "cloudbeds");
        assertThat(plugins.refusals()).isEmpty();
    }

    @Test
    void aPluginBuiltAgainstAnotherApiVersion_isRefused_withAClearMessage() throws IOException {
        pluginJar("future-connector", "future", "2.0");
        PluginClassPath plugins = classPath();
        assertThat(plugins.services(ConnectorFactory.class)).extracting(ConnectorFactory::id).doesNotContain("future");
        assertThat(plugins.refusals()).singleElement().asString()
                .contains("future-connector.jar", "built against plugin API 2.0", "provides plugin API 1.0",
                        "rebuild the plugin against vigil-plugin-api 1.0");
    }

    @Test
    void aPluginThatDoesNotSayItsApiVersion_isRefused() throws IOException {
        pluginJar("anonymous", "anonymous", null);
        assertThat(classPath().refusals()).singleElement().asString().contains("anonymous.jar", "Vigil-Plugin-Api: 1.0");
    }

    @Test
    void aPluginOfANewerMinorVersion_isRefused_forItMayCallWhatThisServerLacks() throws IOException {
        Path jar = pluginJar("newer-minor", "newer", "1.9");
        assertThat(PluginJar.examine(jar, dev.vigil.plugin.connector.ApiVersion.parse("1.0")).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("built against plugin API 1.9"));
        assertThat(PluginJar.examine(jar, dev.vigil.plugin.connector.ApiVersion.parse("1.9")).accepted()).isTrue();
        assertThat(PluginJar.examine(work.resolve("missing.jar"), dev.vigil.plugin.connector.ApiVersion.parse("1.0")).accepted())
                .as("an unreadable jar").isFalse();
    }

    @Test
    void aLibraryJar_withoutVigilServices_isLoadedAsItIs() throws IOException {
        Path folder = work.resolve("plugins");
        Files.createDirectories(folder);
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(folder.resolve("commons-csv.jar")), new Manifest())) {
            out.flush();
        }
        PluginClassPath plugins = classPath();
        assertThat(plugins.refusals()).isEmpty();
        assertThat(plugins.loader()).isNotSameAs(PluginClassPath.class.getClassLoader());
    }

    @Test
    void withoutAPluginsFolder_theServersOwnConnectorsRemain() {
        PluginClassPath plugins = new PluginClassPath(new MapConfig(Map.of("vigil.data.dir", work.resolve("none").toString())));
        assertThat(plugins.folder()).isEqualTo(work.resolve("none").resolve("plugins"));
        assertThat(plugins.services(ConnectorFactory.class)).extracting(ConnectorFactory::id).contains("mews");
        assertThat(plugins.loader()).isSameAs(PluginClassPath.class.getClassLoader());
    }
}
