package dev.vigil.server.infrastructure.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory of the embedded database and the demo keys, readable by the server's own user
 * only: the directory {@code rwx------}, every file in it {@code rw-------}. The database creates its
 * files with the process's umask (usually world-readable), so they are restricted once they exist,
 * and the directory's mode keeps others out of any file created later.
 */
public final class DataDirectory {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates the directory (and its parents) if missing and makes it and everything in it owner-only. */
    public static void restrict(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> all = Files.walk(dir)) {
                all.forEach(DataDirectory::ownerOnly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dir, e);
        }
    }

    /** One file or directory, owner-only; on a file system without POSIX modes, the directory's own protection must do. */
    public static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + path + " to its owner", e);
        }
    }
}
