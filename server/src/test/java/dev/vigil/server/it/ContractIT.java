package dev.vigil.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract a chain's engineers start from: {@code /openapi} of the runnable jar is valid OpenAPI 3
 * for swagger-parser (the validator most code generators use), says what every operation's errors look
 * like, and is exactly {@code docs/openapi.yaml}, which must pass the same validator.
 *
 * <p>With {@code -Dvigil.openapi.write=true} the test writes {@code docs/openapi.yaml} from the served
 * contract first (keys sorted, so a regenerated file differs only where the contract does): the command
 * is in docs/api.md, "The contract".
 */
class ContractIT {

    static final String REGENERATE = "mvn -B -pl server -am verify -Dit.test=ContractIT -Dtest=none "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dskip.connector.it=true -Dvigil.openapi.write=true";
    private static final Set<String> TOP_LEVEL = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    @TempDir
    Path work;

    @Test
    void servedContract_isValidOpenApi_completeInItsErrors_andTheCheckedInOne() throws Exception {
        Path checkedIn = Path.of(System.getProperty("vigil.docs", "../docs"), "openapi.yaml");
        String served;
        try (VigilProcess vigil = VigilProcess.start(work, List.of("-Dvigil.data.dir=" + work.resolve("data"), "-Dvigil.demo=true"),
                Map.of()).awaitReady(Duration.ofMinutes(5))) {
            Http.Reply reply = vigil.http().get("openapi", null);
            assertThat(reply.status()).isEqualTo(200);
            served = reply.body();
        }
        JsonNode contract = YAML.readTree(served);
        if (Boolean.getBoolean("vigil.openapi.write")) {
            Files.writeString(checkedIn, YAML.writeValueAsString(OpenApiTrees.sorted(contract)));
        }

        assertValid("served /openapi", served);
        assertValid(checkedIn.toString(), Files.readString(checkedIn));
        contract.fieldNames().forEachRemaining(key -> assertThat(TOP_LEVEL.contains(key) || key.startsWith("x-"))
                .as("top-level key %s is OpenAPI's or an x- extension", key).isTrue());
        assertThat(contract.has("servers")).as("no servers without vigil.public-url").isFalse();
        assertThat(contract.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(contract.path("components").path("securitySchemes").path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");
        assertErrorsAreProblems(contract);
        assertExamples(contract);

        List<String> differences = OpenApiTrees.differences(YAML.readTree(Files.readString(checkedIn)), contract);
        assertThat(differences).as("docs/openapi.yaml differs from the served contract; if the change is meant, "
                + "regenerate it with: " + REGENERATE).isEmpty();
    }

    private static void assertValid(String what, String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getOpenAPI()).as(what + " parses").isNotNull();
        assertThat(result.getMessages()).as(what + ": swagger-parser's messages").isEmpty();
    }

    /** Every operation: a unique id, 401 and 429, 404 with a path parameter, 413 with a body, 415 with a JSON one, each error a problem. */
    private static void assertErrorsAreProblems(JsonNode contract) {
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!ids.add(operation.path("operationId").asText())) {
                faults.add(name + ": operationId missing or taken");
            }
            JsonNode responses = operation.path("responses");
            List<String> required = new ArrayList<>(List.of("401", "429"));
            if (path.getKey().contains("{")) {
                required.add("404");
            }
            if (operation.path("requestBody").path("content").has("application/json")) {
                required.add("415");
            }
            if (operation.has("requestBody")) {
                required.add("413");
            }
            required.stream().filter(code -> !responses.has(code)).forEach(code -> faults.add(name + ": no " + code));
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode content = r.getValue().path("content");
                    if (content.size() != 1 || !"#/components/schemas/Problem".equals(
                            content.path("application/problem+json").path("schema").path("$ref").asText())) {
                        faults.add(name + " " + r.getKey() + ": not application/problem+json with the Problem schema");
                    }
                }
            });
        }));
        assertThat(faults).isEmpty();
        assertThat(ids).contains("fileObservation", "readChecklist", "listCases", "readCase", "decideCase", "acknowledgeAction");
        JsonNode problem = contract.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").path("errors").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/FieldError");
    }

    /** Requests and answers a chain's engineer can copy: filing, the case queue, a case, a decision, an acknowledgement. */
    private static void assertExamples(JsonNode contract) {
        JsonNode paths = contract.path("paths");
        assertThat(examples(paths.path("/api/v1/observations").path("post").path("requestBody"), "application/json")).isNotEmpty();
        assertThat(examples(paths.path("/api/v1/observations").path("post").path("responses").path("201"), "application/json")).isNotEmpty();
        assertThat(examples(paths.path("/api/v1/observations").path("post").path("responses").path("400"), "application/problem+json"))
                .isNotEmpty();
        assertThat(examples(paths.path("/api/v1/cases").path("get").path("responses").path("200"), "application/json")).isNotEmpty();
        assertThat(examples(paths.path("/api/v1/cases/{id}").path("get").path("responses").path("200"), "application/json")).isNotEmpty();
        JsonNode decide = paths.path("/api/v1/cases/{id}/decisions").path("post");
        assertThat(examples(decide.path("requestBody"), "application/json")).isNotEmpty();
        assertThat(examples(decide.path("responses").path("200"), "application/json")).isNotEmpty();
        JsonNode ack = paths.path("/api/v1/cases/{id}/actions/{actionId}/ack").path("post");
        assertThat(examples(ack.path("requestBody"), "application/json")).isNotEmpty();
        assertThat(examples(ack.path("responses").path("200"), "application/json")).isNotEmpty();
    }

    private static List<String> examples(JsonNode holder, String mediaType) {
        List<String> names = new ArrayList<>();
        holder.path("content").path(mediaType).path("examples").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
