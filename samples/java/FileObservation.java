import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Vigil API client example, JDK only (java.net.http). Fetches the checklist in Spanish, files one
 * observation with an Idempotency-Key, prints the guidance, retries with the same key to show
 * that nothing is filed twice, and reads the observation back with the stay it joined.
 *
 * <pre>
 *   java samples/java/FileObservation.java
 *   VIGIL_URL=http://localhost:8080 VIGIL_USER=frontdesk VIGIL_PASSWORD=frontdesk-demo java samples/java/FileObservation.java
 *   VIGIL_URL=https://vigil.example.org VIGIL_USER=kai VIGIL_TOKEN=eyJ… java samples/java/FileObservation.java
 * </pre>
 */
public class FileObservation {

    static final String BASE = env("VIGIL_URL", "http://localhost:8080").replaceAll("/+$", "");
    static final String USER = env("VIGIL_USER", "frontdesk");
    static final String PASSWORD = env("VIGIL_PASSWORD", "frontdesk-demo");
    /** A bearer JWT from the chain's identity provider; when set, it is sent instead of the password. */
    static final String TOKEN = env("VIGIL_TOKEN", "");
    static final String PROPERTY = env("PROPERTY_ID", "demo-hotel");
    static final String LANG = "es";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        // 1. The checklist, in Spanish, for front-desk staff.
        HttpResponse<String> checklist = send(HttpRequest.newBuilder(URI.create(
                BASE + "/api/v1/indicators?lang=" + LANG + "&role=FD")).GET());
        expect(checklist, 200);
        Map<String, Object> pack = asMap(Json.parse(checklist.body()));
        List<Object> indicators = asList(pack.get("indicators"));
        System.out.printf("Checklist %s, %s (Content-Language: %s), %d indicators for FD%n",
                pack.get("packVersion"), pack.get("lang"),
                checklist.headers().firstValue("Content-Language").orElse("?"), indicators.size());
        indicators.stream().limit(3).map(FileObservation::asMap)
                .forEach(i -> System.out.printf("  %-24s %s%n", i.get("code"), i.get("text")));

        // 2. File an observation. Pick a code the checklist offers.
        String code = indicators.stream().map(FileObservation::asMap).map(i -> (String) i.get("code"))
                .filter("CTRL_SPEAKS_FOR"::equals).findFirst()
                .orElse((String) asMap(indicators.get(0)).get("code"));
        String observedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String body = "{"
                + "\"propertyId\":" + Json.quote(PROPERTY) + ","
                + "\"observedAt\":" + Json.quote(observedAt) + ","
                + "\"reporter\":{\"id\":" + Json.quote(USER) + ",\"role\":\"FD\"},"
                + "\"location\":{\"room\":\"214\"},"
                + "\"reservationRef\":\"RES-1001\","
                + "\"indicators\":[" + Json.quote(code) + "],"
                + "\"note\":" + Json.quote("Facts only: when the guest was asked for her name, the companion answered.")
                + "}";
        String key = UUID.randomUUID().toString(); // one key per filing, kept for every retry of it

        HttpResponse<String> filed = fileObservation(body, key);
        expect(filed, 201);
        Map<String, Object> receipt = asMap(Json.parse(filed.body()));
        System.out.printf("%nFiled %s -> HTTP %d, Location: %s (Content-Language: %s)%n", code, filed.statusCode(),
                filed.headers().firstValue("Location").orElse("?"),
                filed.headers().firstValue("Content-Language").orElse("?"));
        printAdvice(receipt);

        // 3. A retry (say, after a timeout) with the same key and body: 200 and the same answer.
        HttpResponse<String> retried = fileObservation(body, key);
        expect(retried, 200);
        Object retriedId = asMap(Json.parse(retried.body())).get("id");
        System.out.printf("%nRetry with the same Idempotency-Key -> HTTP %d, same id: %s%n",
                retried.statusCode(), receipt.get("id").equals(retriedId));

        // 4. Read it back: staff may read what they filed. Subjects come back as tokens only.
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(
                BASE + "/api/v1/observations/" + receipt.get("id"))).GET());
        expect(read, 200);
        Map<String, Object> stay = asMap(asMap(Json.parse(read.body())).get("stay"));
        System.out.printf("%nRead back -> HTTP %d, stay %s: room %s, reservation %s, observed %s .. %s%n",
                read.statusCode(), stay.get("id"), stay.get("room"), stay.get("reservationRef"),
                stay.get("firstObservedAt"), stay.get("lastObservedAt"));
        // where the property has a PMS connector, the stay as the PMS knows it: tokens, never names or cards
        if (stay.get("pms") != null) {
            Map<String, Object> pms = asMap(stay.get("pms"));
            System.out.printf("PMS (%s): %s, %s, adults %s, children %s, paid by %s%n", pms.get("system"),
                    pms.get("state"), pms.get("status"), pms.get("adults"), pms.get("children"), pms.get("paymentMethod"));
        }
    }

    static HttpResponse<String> fileObservation(String json, String idempotencyKey) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/observations?lang="
                        + URLEncoder.encode(LANG, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static void printAdvice(Map<String, Object> receipt) {
        List<Object> actions = asList(receipt.get("immediateActions"));
        for (Object a : actions) {
            Map<String, Object> action = asMap(a);
            System.out.printf("  NOW: %s (%s) %s%n", action.get("type"), action.get("number"), action.get("text"));
        }
        System.out.println("Guidance:");
        for (Object g : asList(receipt.get("guidance"))) {
            System.out.println("  - " + asMap(g).get("text"));
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String authorization = !TOKEN.isEmpty() ? "Bearer " + TOKEN
                : "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stops with the problem+json the server sent when the status is not the one expected. */
    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            System.err.printf("%s %s -> HTTP %d (expected %d)%n%s%n", response.request().method(),
                    response.request().uri(), response.statusCode(), status, response.body());
            System.exit(1);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** Just enough JSON for this example: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object value = p.value();
            p.space();
            if (p.i != p.s.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i);
            }
            return value;
        }

        static String quote(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                do {
                    space();
                    String name = string();
                    space();
                    expect(':');
                    map.put(name, value());
                    space();
                } while (s.charAt(i++) == ',');
                check(s.charAt(i - 1) == '}');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (s.charAt(i++) == ',');
                check(s.charAt(i - 1) == ']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            check(i > start);
            return Double.valueOf(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            }
            i++;
            return b.toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            check(s.charAt(i++) == c);
        }

        private void check(boolean ok) {
            if (!ok) {
                throw new IllegalArgumentException("unexpected JSON at " + (i - 1));
            }
        }
    }
}
