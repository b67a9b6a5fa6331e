package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Adapter that holds the protocols in force: the bundled Connecticut pack by default, and for a
 * property with {@code vigil.property.<id>.protocol} a bundled pack by name ({@code il} for Israel,
 * {@code us-ct}) or a file (a full pack, or an overlay merged onto the pack it extends). All are
 * read and checked at startup.
 */
@ApplicationScoped
public class ActiveProtocols implements ProtocolSource {

    static final String DEFAULT = "packs/protocols/us-ct.yaml";
    private static final String BUNDLED = "packs/protocols/%s.yaml";
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,40}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Config config;

    public ActiveProtocols() {
        // for CDI
    }

    /** Protocols read from the given configuration, for use outside the container. */
    public ActiveProtocols(Config config) {
        this.config = config;
    }

    private final Map<String, ProtocolPackLoader.Loaded> byLocation = new ConcurrentHashMap<>();
    private volatile ProtocolPackLoader.Loaded standard;

    /** Loads the default and every property's configured protocol; a bad one stops startup. */
    public ProtocolPack load(Iterable<Property> properties) {
        ProtocolPackLoader loader = new ProtocolPackLoader();
        JsonNode base = PackFiles.load(Optional.empty(), DEFAULT, loader::read);
        standard = loader.build("classpath:" + DEFAULT, base);
        for (Property property : properties) {
            configured(property.id()).ifPresent(location -> byLocation.computeIfAbsent(location, l -> {
                Optional<String> bundled = bundled(l);
                if (bundled.isPresent()) {
                    return loader.build("classpath:" + bundled.get(), PackFiles.load(Optional.empty(), bundled.get(), loader::read));
                }
                JsonNode doc = PackFiles.load(Optional.of(l), DEFAULT, loader::read);
                if (doc.hasNonNull("extends")) {
                    if (!doc.get("extends").asText().equals(standard.pack().id())) {
                        throw new PackValidationException(l, java.util.List.of("extends " + doc.get("extends").asText()
                                + ", but the base pack here is " + standard.pack().id()));
                    }
                    doc = ProtocolPackLoader.merge(base, doc);
                }
                return loader.build(l, doc);
            }));
        }
        return standard.pack();
    }

    private Optional<String> configured(PropertyId property) {
        return config.getOptionalValue("vigil.property." + property.value() + ".protocol", String.class)
                .map(String::trim).filter(s -> !s.isBlank() && !s.equals("default") && !s.equals("us-ct"));
    }

    /** The document as people read it: right-to-left texts with their numbers isolated. */
    private static JsonNode readable(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    e.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(BidiText.isolate(e.getValue().asText())));
                } else {
                    readable(e.getValue());
                }
            });
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(BidiText.isolate(array.get(i).asText())));
                } else {
                    readable(array.get(i));
                }
            }
        }
        return node;
    }

    /** A name such as {@code il} that a pack bundled with the server answers to; a path never matches. */
    static Optional<String> bundled(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String resource = String.format(BUNDLED, name);
        return ActiveProtocols.class.getClassLoader().getResource(resource) == null ? Optional.empty() : Optional.of(resource);
    }

    private ProtocolPackLoader.Loaded loaded(PropertyId property) {
        ProtocolPackLoader.Loaded base = standard;
        if (base == null) {
            throw new IllegalStateException("the protocols are not loaded yet");
        }
        return configured(property).map(byLocation::get).orElse(base);
    }

    @Override
    public ProtocolPack forProperty(PropertyId property) {
        return loaded(property).pack();
    }

    @Override
    public String documentFor(PropertyId property) {
        try {
            return JSON.writeValueAsString(readable(loaded(property).document().deepCopy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
