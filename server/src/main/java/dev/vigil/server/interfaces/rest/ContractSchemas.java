package dev.vigil.server.interfaces.rest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Cleans the schemas (and parameters) the application server writes from annotations: it writes every keyword
 * an annotation leaves at its default ({@code maxProperties: 0}, which would allow no property at all,
 * {@code minLength: 0}, {@code nullable: false}, …), and an {@code Instant} as {@code type: object}
 * even where the annotation says {@code string}. Validators and generators take all of that literally.
 */
final class ContractSchemas {

    private ContractSchemas() {
    }

    static void clean(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ContractSchemas::clean);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (Boolean.FALSE.equals(operation.getDeprecated())) {
                operation.setDeprecated(null);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ContractSchemas::clean);
            }
            if (operation.getRequestBody() != null) {
                clean(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> clean(r.getContent()));
            }
        }));
    }

    /** A parameter's keywords left at their defaults, and its schema. */
    private static void clean(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        if (Boolean.FALSE.equals(parameter.getRequired()) && parameter.getIn() != Parameter.In.PATH) {
            parameter.setRequired(null);
        }
        clean(parameter.getSchema());
    }

    private static void clean(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(ContractSchemas::clean);
        }
    }

    private static void clean(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (("date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat()))
                && schema.getType() != Schema.SchemaType.STRING) {
            schema.setType(Schema.SchemaType.STRING);
        }
        children(schema).forEach(ContractSchemas::clean);
    }

    private static Stream<Schema> children(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        return Stream.of(properties == null ? List.<Schema>of() : properties.values(), single(schema.getItems()),
                        single(schema.getAdditionalPropertiesSchema()), single(schema.getNot()), listOf(schema.getAllOf()),
                        listOf(schema.getAnyOf()), listOf(schema.getOneOf()))
                .flatMap(Collection::stream).filter(Objects::nonNull);
    }

    private static List<Schema> single(Schema schema) {
        return schema == null ? List.of() : List.of(schema);
    }

    private static List<Schema> listOf(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
