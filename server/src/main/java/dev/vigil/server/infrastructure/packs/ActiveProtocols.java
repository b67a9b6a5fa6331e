package dev.vigil.server.infrastructure.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vigil.server.application.protocol.ProtocolSource;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.domain.model.text.BidiText;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    /** The protocols bundled with the server, by the name a property uses for them. */
    static final List<String> BUNDLED = List.of("us-ct", "il");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject Config config;

    /** Protocols read from the given configuration, for code that runs outside the container. */
    public static ActiveProtocols of(Config config) {
        ActiveProtocols protocols = new ActiveProtocols();
        protocols.config = config;
        return protocols;
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
                JsonNode doc = open(property.id(), l, loader);
                if (doc.hasNonNull("extends")) {
                    if (!doc.get("extends").asText().equals(standard.pack().id())) {
                        throw new PackValidationException(l, List.of("extends " + doc.get("extends").asText()
                                + ", but the base pack here is " + standard.pack().id()));
                    }
                    doc = ProtocolPackLoader.merge(base, doc);
                }
                return loader.build(l, doc);
            }));
        }
        return standard.pack();
    }

    /**
     * The pack a property names: a bundled protocol by its name ({@code us-ct}, {@code il}), or a file. A name that is
     * neither stops startup with the setting named.
     */
    private static JsonNode open(PropertyId property, String location, ProtocolPackLoader loader) {
        String bundled = "packs/protocols/" + location + ".yaml";
        if (location.matches("[a-z]{2}(-[a-z0-9]{2,8})?") && ActiveProtocols.class.getClassLoader().getResource(bundled) != null) {
            return PackFiles.load(Optional.empty(), bundled, loader::read);
        }
        if (!Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("vigil.property." + property.value() + ".protocol=" + location
                    + ": no bundled protocol of that name (" + String.join(", ", BUNDLED) + ") and no such file");
        }
        return PackFiles.load(Optional.of(location), DEFAULT, loader::read);
    }

    private Optional<String> configured(PropertyId property) {
        return config.getOptionalValue("vigil.property." + property.value() + ".protocol", String.class)
                .map(String::trim).filter(s -> !s.isBlank() && !s.equals("default") && !s.equals("us-ct"));
    }

    /** The document as people read it: right-to-left texts with their numbers isolated. */
    private static JsonNode readable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(BidiText.isolate(e.getValue().asText())));
                } else {
                    readable(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(BidiText.isolate(array.get(i).asText())));
                } else {
                    readable(array.get(i));
                }
            }
        }
        return node;
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
