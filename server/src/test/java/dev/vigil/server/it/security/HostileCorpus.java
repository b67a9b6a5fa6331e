package dev.vigil.server.it.security;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests a hostile client sends, generated from the operations of {@code /openapi}: missing, garbled and
 * forged credentials; methods the API does not use; addresses with traversal, encoded slashes, malformed
 * escapes, bytes that are not UTF-8, direction controls and injection strings; query values out of range
 * or of the wrong type; broken, deeply nested, huge, mistyped and mis-encoded bodies; and header values
 * that break parsers. Every one of them must be refused. Each request that presents valid credentials
 * carries a defect that the server must refuse before it reads or changes anything.
 */
final class HostileCorpus {

    /** One request, sent byte for byte. */
    record Request(String name, String method, String path, List<String> headers, byte[] body) {
    }

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE observation;--", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00", "\u202e612", "2\u200b16", "{{7*7}}", "\\u0000",
            "\uD83D\uDCA9".repeat(50), "A".repeat(5000));
    private static final List<String> BAD_SEGMENTS = List.of("..%2f..%2fetc%2fpasswd", "abc%2fdef", "%00", "run%ZZ", "%C3%28",
            "%E2%80%AE612", "%27%20OR%201%3D1--", "a".repeat(3000), "%2e%2e", "..;", "%u0041", "%FF%FE");

    private final JsonObject openapi;
    private final Map<String, String> ids;
    private final Map<String, String> users;
    private final String forgedToken;
    private final Random random = new Random(20261206);

    /**
     * @param ids real values for path parameters ({@code id}, {@code actionId}, {@code username}, {@code propertyId})
     * @param users the Authorization header of a user allowed each path prefix ({@code /cases} → security, …)
     * @param forgedToken a JWT of the right shape signed by a key no issuer has
     */
    HostileCorpus(JsonObject openapi, Map<String, String> ids, Map<String, String> users, String forgedToken) {
        this.openapi = openapi;
        this.ids = ids;
        this.users = users;
        this.forgedToken = forgedToken;
    }

    List<Request> generate() {
        List<Request> all = new ArrayList<>();
        JsonObject paths = openapi.getJsonObject("paths");
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!List.of("get", "post", "put", "delete").contains(method)) {
                    continue;
                }
                operation(all, method.toUpperCase(), path, item.getJsonObject(method));
            }
        }
        return all;
    }

    private void operation(List<Request> all, String method, String template, JsonObject op) {
        String path = fill(template);
        String auth = userFor(template);
        boolean hasBody = op.containsKey("requestBody");
        String op1 = method + " " + template;
        // credentials: none, garbled, unknown, forged; each from an address of its own, so they slow only themselves
        List<String> badAuth = List.of("", "Basic !!!notbase64!!!", "Basic " + b64("nobody-" + random.nextInt(1_000_000) + ":x"),
                "Basic " + b64("integration:integration-demo\u0000"), "Basic " + b64(":"), "Bearer x.y.z", "Bearer " + noneToken(),
                "Bearer " + forgedToken, "Digest username=\"admin\"", "Basic " + "A".repeat(3000));
        for (String a : badAuth) {
            List<String> headers = new ArrayList<>(List.of("X-Forwarded-For: 203.0." + random.nextInt(255) + "." + random.nextInt(255)));
            if (!a.isEmpty()) {
                headers.add("Authorization: " + a);
            }
            all.add(new Request(op1 + " auth " + shorten(a), method, path, headers, hasBody ? bytes("{}") : new byte[0]));
        }
        // methods the API never answers
        for (String m : List.of("TRACE", "PATCH", "OPTIONS", "PROPFIND", "FOO", "CONNECT")) {
            all.add(new Request(op1 + " method " + m, m, path, auths(auth), new byte[0]));
        }
        // addresses: every path parameter replaced, or a segment appended where there is none
        if (template.contains("{")) {
            for (String segment : BAD_SEGMENTS) {
                all.add(new Request(op1 + " segment " + shorten(segment), method, template.replaceAll("\\{[^}]+}", segment),
                        auths(auth), hasBody ? bytes("{}") : new byte[0]));
            }
        } else {
            for (String segment : BAD_SEGMENTS.subList(0, 6)) {
                all.add(new Request(op1 + " extra " + shorten(segment), method, path + "/" + segment, auths(auth), new byte[0]));
            }
        }
        queries(all, method, template, path, op, auth);
        if (hasBody) {
            bodies(all, method, template, path, op, auth);
        }
        // headers and language choices that break parsers, with a defect that must be refused whatever they say
        String missing = template.contains("{") ? template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000")
                : path + "/nothing";
        if (hasQuery(op, "lang")) {
            for (String lang : List.of("%3Cscript%3E", "he-%E2%80%AE612", "x".repeat(300), "%00", "iw%FF", "ar-u-nu-" + "%2F..".repeat(20))) {
                all.add(new Request(op1 + " lang " + shorten(lang) + " on a missing id", method, missing + "?lang=" + lang,
                        auths(auth), hasBody ? bytes("{}") : new byte[0]));
            }
        }
        for (String h : List.of("Accept-Language: ;", "Accept-Language: en;q=0.5,;", "Accept-Language: " + "x-".repeat(3000),
                "Accept: ;;;", "Accept: text/html", "Accept: */*;q=abc", "Content-Type: application/json; charset=evil-999")) {
            List<String> headers = new ArrayList<>(auths(auth));
            headers.add(h);
            all.add(new Request(op1 + " header " + shorten(h) + " on a missing id", method, missing, headers,
                    hasBody ? bytes("{}") : new byte[0]));
        }
    }

    private void queries(List<Request> all, String method, String template, String path, JsonObject op, String auth) {
        if (!op.containsKey("parameters")) {
            return;
        }
        for (JsonValue p : op.getJsonArray("parameters")) {
            JsonObject param = p.asJsonObject();
            if (!"query".equals(param.getString("in", ""))) {
                continue;
            }
            String name = param.getString("name");
            List<String> values = switch (name) {
                case "limit", "days" -> List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%00");
                case "cursor" -> List.of("garbage", "%FF%FE", b64("x|y|z"), b64("demo-chain:|9|2026-01-01T00:00|nope"));
                case "propertyId" -> List.of("..%2F..%2Fx", "%27%20OR%201%3D1--", "no-such-hotel", "DEMO-HOTEL", "%E2%80%AEdemo");
                case "status", "minSeverity" -> List.of("BOGUS", "%3Cscript%3E", "OPEN%00");
                case "room" -> List.of("%27%20OR%201%3D1--", "%3Cb%3E1%3C%2Fb%3E", "%E2%80%AE612", "a".repeat(40));
                case "from", "to" -> List.of("notadate", "2026-13-45T99:00:00Z", "%00");
                case "chain" -> List.of("other-chain", "%2A", "..");
                case "role" -> List.of("CEO", "%3Cscript%3E");
                default -> List.of();
            };
            for (String value : values) {
                all.add(new Request(method + " " + template + " ?" + name + "=" + shorten(value), method,
                        path + (path.contains("?") ? "&" : "?") + name + "=" + value, auths(auth),
                        op.containsKey("requestBody") ? bytes("{}") : new byte[0]));
            }
        }
    }

    private void bodies(List<Request> all, String method, String template, String path, JsonObject op, String auth) {
        String op1 = method + " " + template;
        List<byte[]> broken = new ArrayList<>(List.of(bytes("{"), bytes("{\"a\":}"), bytes("[1,2"), bytes("{\"a\":1}}"),
                bytes("[]"), bytes("42"), bytes("\"text\""), bytes("true"), bytes("{'single':'quotes'}"), bytes("{\"a\":NaN}"),
                bytes("{\"zzz\":1}"), bytes("{\"a\":1,\"a\":2}"), bytes("[".repeat(10_000)), bytes("{\"a\":".repeat(5000)),
                bytes("{\"note\":\"" + "x".repeat(2_100_000) + "\"}"), new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3,
                        (byte) 0x28, '"', '}'}, new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, bytes("\uFEFF{\"zzz\":1}"),
                bytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")));
        for (String injection : INJECTIONS) {
            // an injection string in a field that exists, and an unknown field that makes the whole body invalid
            broken.add(bytes("{\"note\":" + quote(injection) + ",\"reason\":" + quote(injection) + ",\"zzz\":" + quote(injection) + "}"));
        }
        for (byte[] body : broken) {
            all.add(new Request(op1 + " body " + shorten(new String(body, StandardCharsets.ISO_8859_1)), method, path,
                    withType(auth, "application/json"), body));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=evil-999",
                "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/json;;;", "/")) {
            all.add(new Request(op1 + " content-type " + type, method, path, withType(auth, type), bytes("{\"zzz\":1}")));
        }
        all.add(new Request(op1 + " declared length beyond the limit", method, path, withTypeAnd(auth, "application/json", "Content-Length: 99999999"),
                bytes("{}")));
        // each field of the schema given the wrong type
        JsonObject schema = schemaOf(op);
        if (schema != null && schema.containsKey("properties")) {
            for (Map.Entry<String, JsonValue> prop : schema.getJsonObject("properties").entrySet()) {
                String wrong = switch (typeOf(prop.getValue())) {
                    case "string" -> "12345";
                    case "boolean" -> "\"yes\"";
                    case "array" -> "\"not-an-array\"";
                    case "integer", "number" -> "\"7\"";
                    default -> "[[[]]]";
                };
                all.add(new Request(op1 + " field " + prop.getKey() + " as " + wrong, method, path,
                        withType(auth, "application/json"), bytes("{\"" + prop.getKey() + "\":" + wrong + "}")));
            }
        }
    }

    private static boolean hasQuery(JsonObject op, String name) {
        return op.containsKey("parameters") && op.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> "query".equals(p.getString("in", "")) && name.equals(p.getString("name", "")));
    }

    private JsonObject schemaOf(JsonObject op) {
        try {
            JsonObject schema = op.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema");
            if (schema.containsKey("$ref")) {
                String name = schema.getString("$ref").replace("#/components/schemas/", "");
                return openapi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
            }
            return schema;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String typeOf(JsonValue property) {
        JsonObject p = property.asJsonObject();
        return p.containsKey("type") ? p.getString("type", "object") : "object";
    }

    private String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return path;
    }

    private String userFor(String template) {
        return users.entrySet().stream().filter(e -> template.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(users.get("default"));
    }

    private static List<String> auths(String auth) {
        return List.of("Authorization: " + auth);
    }

    private static List<String> withType(String auth, String type) {
        return List.of("Authorization: " + auth, "Content-Type: " + type);
    }

    private static List<String> withTypeAnd(String auth, String type, String extra) {
        return List.of("Authorization: " + auth, "Content-Type: " + type, extra);
    }

    private static String noneToken() {
        return b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64url("{\"iss\":\"https://idp.demo-chain.test\",\"upn\":\"admin\","
                + "\"groups\":[\"admin\"],\"tenant\":\"demo-chain\",\"exp\":9999999999}") + ".";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String s) {
        String flat = s.replaceAll("[\\p{Cntrl}]", "?");
        return flat.length() > 40 ? flat.substring(0, 40) + "…(" + flat.length() + ")" : flat;
    }
}
