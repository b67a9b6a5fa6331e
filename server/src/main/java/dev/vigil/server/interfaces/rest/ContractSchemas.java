package dev.vigil.server.interfaces.rest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
            dropFalse(operation::getDeprecated, operation::setDeprecated);
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
        dropFalse(parameter::getDeprecated, parameter::setDeprecated);
        dropFalse(parameter::getAllowEmptyValue, parameter::setAllowEmptyValue);
        dropFalse(parameter::getAllowReserved, parameter::setAllowReserved);
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
        dropFalse(schema::getExclusiveMaximum, schema::setExclusiveMaximum);
        dropFalse(schema::getExclusiveMinimum, schema::setExclusiveMinimum);
        dropFalse(schema::getUniqueItems, schema::setUniqueItems);
        dropFalse(schema::getNullable, schema::setNullable);
        dropFalse(schema::getReadOnly, schema::setReadOnly);
        dropFalse(schema::getWriteOnly, schema::setWriteOnly);
        dropFalse(schema::getDeprecated, schema::setDeprecated);
        dropZero(schema::getMinLength, schema::setMinLength);
        dropZero(schema::getMinProperties, schema::setMinProperties);
        dropZero(schema::getMaxProperties, schema::setMaxProperties);
        if (("date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat()))
                && schema.getType() != Schema.SchemaType.STRING) {
            schema.setType(Schema.SchemaType.STRING);
        }
        children(schema).forEach(ContractSchemas::clean);
    }

    private static void dropFalse(Supplier<Boolean> value, Consumer<Boolean> unset) {
        if (Boolean.FALSE.equals(value.get())) {
            unset.accept(null);
        }
    }

    private static void dropZero(Supplier<Integer> value, Consumer<Integer> unset) {
        if (Integer.valueOf(0).equals(value.get())) {
            unset.accept(null);
        }
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
