package dev.vigil.server.it.security;

import dev.vigil.server.it.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Requests to the server under test as the security tests send them: who, how, exactly what bytes. */
final class Api {

    private final int port;

    Api(int port) {
        this.port = port;
    }

    /** A demo user's Basic credentials ({@code name} and {@code name-demo}). */
    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** One request: {@code path} is sent as it is (escapes and all), {@code auth} may be null. */
    RawHttp.Answer send(String method, String path, String auth, String contentType, byte[] body, String... headers) {
        List<String> all = new ArrayList<>();
        if (auth != null) {
            all.add("Authorization: " + auth);
        }
        if (contentType != null) {
            all.add("Content-Type: " + contentType);
        }
        all.addAll(List.of(headers));
        return RawHttp.send(port, method + " " + path + " HTTP/1.1", all, body == null ? new byte[0] : body);
    }

    RawHttp.Answer get(String path, String auth, String... headers) {
        return send("GET", path, auth, null, null, headers);
    }

    RawHttp.Answer json(String method, String path, String auth, String json, String... headers) {
        return send(method, path, auth, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8), headers);
    }
}
