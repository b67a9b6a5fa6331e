package dev.vigil.server.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the HTTP port Payara Micro listens on, for the startup message. Payara Micro writes its
 * effective configuration, ports included, to the domain.xml of its runtime directory.
 */
@ApplicationScoped
public class HttpPort {

    private static final Pattern LISTENER = Pattern.compile(
            "<network-listener[^>]*\\bport=\"(\\d+)\"[^>]*\\bname=\"http-listener\"");

    public Optional<Integer> port() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        if (root == null) {
            return Optional.empty();
        }
        try {
            Matcher m = LISTENER.matcher(Files.readString(Path.of(root, "config", "domain.xml")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // only the message needs it
        }
    }
}
