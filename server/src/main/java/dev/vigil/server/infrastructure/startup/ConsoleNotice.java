package dev.vigil.server.infrastructure.startup;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes straight to the process's standard output, past the server's logging: what is said here (a
 * generated first password) reaches the person who started Vigil and no log handler, log file or log
 * shipper. Where standard output goes is the operator's choice.
 */
final class ConsoleNotice {

    private ConsoleNotice() {
    }

    static void show(String text) {
        @SuppressWarnings("resource") // closing it would close the process's standard output
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        console.println(text);
        console.flush();
    }
}
