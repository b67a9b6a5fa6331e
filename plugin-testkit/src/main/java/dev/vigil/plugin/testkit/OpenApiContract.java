package dev.vigil.plugin.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A vendor's published API description (OpenAPI 3 or Swagger 2.0, JSON or YAML) used to check what a
 * fake PMS answers, so the fake cannot drift from the vendor's contract: every JSON body the fake
 * served for an operation the file describes must match that operation's response schema.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String name;
    private final JsonNode spec;
    private final boolean swagger2;
    private final String basePath;
    private final List<Operation> operations = new ArrayList<>();
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private boolean assertFormats = true;

    private record Operation(String method, String template, Pattern pattern, JsonNode responses, String pointer) {
    }

    private OpenApiContract(String name, JsonNode spec) {
        this.name = name;
        this.spec = spec;
        this.swagger2 = spec.has("swagger");
        this.basePath = swagger2 ? spec.path("basePath").asText("") : serverPath(spec);
        this.factory = swagger2 ? JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.metaSchema(OpenApi30.getInstance())
                        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
        Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (m.getValue().has("responses")) {
                    String pointer = "/paths/" + path.getKey().replace("~", "~0").replace("/", "~1") + "/" + m.getKey()
                            + "/responses";
                    operations.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            templatePattern(basePath + path.getKey()), m.getValue().get("responses"), pointer));
                }
            }
        }
    }

    /**
     * Reads a description file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the contract
     */
    public static OpenApiContract load(Path file) {
        try {
            ObjectMapper mapper = file.toString().endsWith(".json") ? JSON : YAML;
            return new OpenApiContract(file.getFileName().toString(), mapper.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Stops asserting {@code format} (date-time, date, …), for a vendor whose own documents contradict
     * the formats its description declares (Cloudbeds writes {@code 2025-12-17 05:55:41} where it
     * declares {@code date-time}). Types, enums, required fields and structure are still checked.
     *
     * @return this contract
     */
    public OpenApiContract withoutFormatAssertions() {
        this.assertFormats = false;
        schemas.clear();
        return this;
    }

    /**
     * Whether the file describes a request.
     *
     * @param method the HTTP method
     * @param path the request path, without query
     * @return true when an operation matches
     */
    public boolean describes(String method, String path) {
        return find(method, path).isPresent();
    }

    /**
     * Checks one response body against the described schema.
     *
     * @param method the HTTP method
     * @param path the request path, without query
     * @param status the response status
     * @param body the response body (JSON)
     * @return the violations, empty when the body matches
     * @throws AssertionError when the file does not describe the request or the status
     */
    public List<String> violations(String method, String path, int status, String body) {
        Operation op = find(method, path).orElseThrow(() -> new AssertionError(name + " does not describe "
                + method + " " + path));
        String code = String.valueOf(status);
        JsonNode response = op.responses().has(code) ? op.responses().get(code) : op.responses().get("default");
        if (response == null) {
            throw new AssertionError(name + " documents no " + status + " answer for " + method + " " + op.template());
        }
        JsonNode schemaNode = swagger2 ? response.get("schema")
                : response.path("content").path("application/json").get("schema");
        if (schemaNode == null) {
            return List.of();
        }
        JsonSchema schema = schemas.computeIfAbsent(op.pointer() + "/" + code, k -> compile(schemaNode));
        try {
            return schema.validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage)
                    .map(m -> method + " " + op.template() + " " + status + ": " + m).toList();
        } catch (IOException e) {
            return List.of(method + " " + op.template() + ": the body is not JSON");
        }
    }

    /**
     * Checks every JSON answer a WireMock fake served for operations this file describes.
     *
     * @param server the fake
     * @return the violations of all answers
     */
    public List<String> violations(WireMockServer server) {
        List<String> all = new ArrayList<>();
        int checked = 0;
        for (ServeEvent event : server.getAllServeEvents()) {
            String method = event.getRequest().getMethod().getName();
            String path = URI.create(event.getRequest().getUrl()).getPath();
            String body = event.getResponse().getBodyAsString();
            if (describes(method, path) && body != null && !body.isBlank()) {
                all.addAll(violations(method, path, event.getResponse().getStatus(), body));
                checked++;
            }
        }
        if (checked == 0 && !server.getAllServeEvents().isEmpty()) {
            all.add("no answer of the fake matched an operation of " + name);
        }
        return all;
    }

    private JsonSchema compile(JsonNode schemaNode) {
        ObjectNode root = schemaNode.deepCopy();
        if (swagger2) {
            root.set("definitions", spec.path("definitions"));
        } else {
            root.set("components", spec.path("components"));
        }
        return factory.getSchema(root, com.networknt.schema.SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(assertFormats).build());
    }

    private Optional<Operation> find(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        return operations.stream().filter(op -> op.method().equals(m) && op.pattern().matcher(path).matches())
                // a literal path beats a template: /reservations/$count before /reservations/{id}
                .min(java.util.Comparator.comparingInt(op -> op.template().split("\\{").length));
    }

    private static Pattern templatePattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String serverPath(JsonNode spec) {
        String url = spec.path("servers").path(0).path("url").asText("");
        if (url.isEmpty()) {
            return "";
        }
        String path = URI.create(url).getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
    }
}
