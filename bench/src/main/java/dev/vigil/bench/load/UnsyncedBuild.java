package dev.vigil.bench.load;

import dev.vigil.bench.nosync.UnsyncedDurability;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The benchmark-only build without the disk sync: the WAR inside the runnable jar, plus {@link UnsyncedDurability}, made
 * into a runnable jar of its own under the work directory, the way the server module makes {@code vigil.jar}. Nothing of
 * it reaches the server module's output.
 */
final class UnsyncedBuild {

    private UnsyncedBuild() {
    }

    static Path make(Path vigilJar, Path payaraMicro, Path dir) throws IOException, InterruptedException {
        dev.vigil.bench.cluster.Dirs.deleteTree(dir);
        Files.createDirectories(dir);
        Path war = dir.resolve("ROOT.war");
        String cls = UnsyncedDurability.class.getName().replace('.', '/') + ".class";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(vigilJar)); ZipOutputStream out =
                new ZipOutputStream(Files.newOutputStream(war))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("MICRO-INF/deploy/ROOT.war")) {
                    copyWar(in, out, cls);
                }
            }
        }
        Path jar = dir.resolve("vigil-nosync.jar");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                payaraMicro.toString(), "--deploy", war.toString(), "--nocluster", "--disablephonehome", "--outputUberJar",
                jar.toString())).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile())
                .start();
        if (p.waitFor() != 0 || !Files.exists(jar)) {
            throw new IOException("could not build " + jar + "; see " + dir.resolve("build.log"));
        }
        return jar;
    }

    /** Copies the nested WAR entry by entry into {@code out}, adding the class. */
    private static void copyWar(InputStream nested, ZipOutputStream out, String cls) throws IOException {
        ZipInputStream war = new ZipInputStream(nested);
        for (ZipEntry e = war.getNextEntry(); e != null; e = war.getNextEntry()) {
            out.putNextEntry(new ZipEntry(e.getName()));
            war.transferTo(out);
            out.closeEntry();
        }
        out.putNextEntry(new ZipEntry("WEB-INF/classes/" + cls));
        try (InputStream c = UnsyncedBuild.class.getClassLoader().getResourceAsStream(cls)) {
            c.transferTo(out);
        }
        out.closeEntry();
    }
}
