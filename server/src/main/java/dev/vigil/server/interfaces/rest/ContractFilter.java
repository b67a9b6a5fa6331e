package dev.vigil.server.interfaces.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Adapter that makes the served {@code /openapi} the contract a chain's tools can use as it is
 * (named by {@code mp.openapi.filter}): it drops the application server's non-standard top-level
 * {@code endpoints} key (swagger-parser and the code generators built on it refuse the document with
 * it), names the server only where {@code vigil.public-url} says what it is (never the address of the
 * machine that happened to serve it), and gives every operation the error answers every operation
 * can give ({@code 401} and {@code 429} to every one, {@code 404} with a path parameter, {@code 413} with a
 * body, {@code 415} with a JSON body), each as {@code application/problem+json} with the {@code Problem} schema. What only the
 * resource knows (403 for a role, 409 for a state) is declared on the resource method.
 *
 * <p>Examples live in {@code META-INF/openapi.yaml} under {@code components/examples}, each named
 * {@code <operationId>.<request|status>.<name>}: the filter refers to each from its operation's request
 * body or answer, so that an example is written once, as JSON, and cannot drift from its operation.
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        dropServerEndpointsKey(api);
        api.setServers(servers());
        api.setTags(distinct(api.getTags()));
        ContractSchemas.clean(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Example> examples = api.getComponents() == null || api.getComponents().getExamples() == null
                ? Map.of() : api.getComponents().getExamples();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            completeErrors(path, operation);
            attachExamples(operation, examples.keySet());
        }));
    }

    private static void attachExamples(Operation operation, Set<String> names) {
        String prefix = operation.getOperationId() + ".";
        for (String name : names) {
            String[] parts = name.split("\\.", 3);
            if (operation.getOperationId() == null || !name.startsWith(prefix) || parts.length != 3) {
                continue;
            }
            Example ref = OASFactory.createExample().ref("#/components/examples/" + name);
            if (parts[1].equals("request")) {
                if (operation.getRequestBody() != null) {
                    if (operation.getRequestBody().getContent() == null) {
                        operation.getRequestBody().setContent(OASFactory.createContent());
                    }
                    media(operation.getRequestBody().getContent(), JSON).addExample(parts[2], ref);
                }
            } else if (operation.getResponses() != null && operation.getResponses().hasAPIResponse(parts[1])) {
                APIResponse response = operation.getResponses().getAPIResponse(parts[1]);
                if (response.getContent() == null) {
                    response.setContent(OASFactory.createContent());
                }
                boolean error = parts[1].startsWith("4") || parts[1].startsWith("5");
                media(response.getContent(), error ? Problem.MEDIA_TYPE : JSON).addExample(parts[2], ref);
            }
        }
    }

    private static MediaType media(Content content, String type) {
        MediaType media = content.getMediaType(type);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(type, media);
        }
        return media;
    }

    private static void completeErrors(String path, Operation operation) {
        if (!path.startsWith("/api/v1/")) {
            return;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfMissing(responses, "401", "Not signed in, or the credentials are wrong (WWW-Authenticate names the scheme)");
        addIfMissing(responses, "429", "Too many failed sign-ins from this user name or address; Retry-After says when to try again");
        if (hasPathParameter(operation)) {
            addIfMissing(responses, "404", "No such thing that you may see: another tenant's or property's reads as missing");
        }
        if (takesJsonOnly(operation)) {
            addIfMissing(responses, "415", "The body is not application/json in UTF-8");
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is larger than the server accepts");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(response);
            }
        });
    }

    private static boolean takesJsonOnly(Operation operation) {
        Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        return content != null && content.getMediaTypes() != null && content.hasMediaType(JSON)
                && !content.hasMediaType("*/*");
    }

    private static boolean hasPathParameter(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Keeps the examples a resource gave its problem, and says what the body is. */
    private static void asProblem(APIResponse response) {
        Content content = response.getContent();
        MediaType problem = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        MediaType media = problem == null ? OASFactory.createMediaType() : problem;
        media.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    /**
     * Each tag once: the server lists a resource class's tag again for every class that names it,
     * without the description the application gives it.
     */
    private static List<Tag> distinct(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        if (tags != null) {
            tags.stream().filter(t -> t.getDescription() != null).forEach(t -> byName.putIfAbsent(t.getName(), t));
            tags.forEach(t -> byName.putIfAbsent(t.getName(), t));
        }
        return new ArrayList<>(byName.values());
    }

    private static List<Server> servers() {
        Optional<String> url = ConfigProvider.getConfig(ContractFilter.class.getClassLoader())
                .getOptionalValue("vigil.public-url", String.class)
                .map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.replaceAll("/+$", ""));
        List<Server> servers = new ArrayList<>();
        url.ifPresent(u -> servers.add(OASFactory.createServer().url(u).description("This Vigil server")));
        return servers;
    }

    /**
     * Payara Micro's model carries the paths of each deployed application under a top-level
     * {@code endpoints} key, outside the specification; it is written only when not empty. Read by
     * reflection, so that another implementation (or a Payara that renames the key) changes nothing.
     */
    private static void dropServerEndpointsKey(OpenAPI api) {
        try {
            Method setter = api.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not Payara's model: there is nothing to drop
        }
    }
}
