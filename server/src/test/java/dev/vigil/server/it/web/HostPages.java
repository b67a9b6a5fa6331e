package dev.vigil.server.it.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A property-management screen that embeds Vigil's checklist, served on a loopback port. The same
 * server is one origin as {@code http://127.0.0.1:port} and another as {@code http://localhost:port},
 * so one of them can be allowed to frame the checklist and the other not.
 */
final class HostPages implements AutoCloseable {

    private final HttpServer server;
    private final int port;

    HostPages(int port, String widgetUrl) {
        this.port = port;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/pms.html", exchange -> {
            byte[] page = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PMS room 512</title></head><body>"
                    + "<h1>Room 512</h1><iframe id=\"vigil\" title=\"Vigil checklist\" width=\"420\" height=\"760\" src=\""
                    + widgetUrl + "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    String allowedOrigin() {
        return "http://127.0.0.1:" + port;
    }

    String otherOrigin() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
