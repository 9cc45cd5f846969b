package io.techpool.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schema rewrites of {@link ApiDocument}: which components are still used, and which properties may be null. */
final class SchemaWalk {

    private static final String COMPONENT = "#/components/schemas/";

    private SchemaWalk() {}

    /** Removes the component schemas no operation reaches (those of the pages, left out of the document). */
    static void dropUnreferenced(OpenAPI document) {
        Map<String, Schema> components = document.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        Consumer<Content> fromContent = content -> {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        todo.add(media.getSchema());
                    }
                });
            }
        };
        document.getPaths().getPathItems().values().forEach(item -> {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> {
                        if (p.getSchema() != null) {
                            todo.add(p.getSchema());
                        }
                    });
                }
                if (operation.getRequestBody() != null) {
                    fromContent.accept(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> {
                        fromContent.accept(r.getContent());
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(h -> {
                                if (h.getSchema() != null) {
                                    todo.add(h.getSchema());
                                }
                            });
                        }
                    });
                }
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT)) {
                String name = ref.substring(COMPONENT.length());
                if (reached.add(name) && components.get(name) != null) {
                    todo.add(components.get(name));
                }
            }
            children(schema).forEach(todo::add);
        }
        for (String name : List.copyOf(components.keySet())) {
            if (!reached.contains(name)) {
                document.getComponents().removeSchema(name);
            }
        }
    }

    /**
     * Declares nullable every property that its object does not list as required, here and in nested inline
     * objects, and every map value. A property given by reference keeps its plain {@code $ref} and the component it names becomes
     * nullable: OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}, and validators do not apply it through
     * {@code allOf}. An enumeration that may be null lists {@code null} among its values (OpenAPI 3.0.3, 4.7.25).
     */
    static void nullableUnlessRequired(OpenAPI document) {
        Map<String, Schema> components = document.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        Set<String> nullableComponents = new HashSet<>();
        components.values().forEach(schema -> nullableProperties(schema, nullableComponents));
        for (String name : nullableComponents) {
            Schema component = components.get(name);
            if (component != null) {
                nullable(component);
            }
        }
    }

    private static void nullableProperties(Schema schema, Set<String> nullableComponents) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (var property : schema.getProperties().entrySet()) {
                Schema value = property.getValue();
                nullableProperties(value, nullableComponents);
                if (required.contains(property.getKey())) {
                    continue;
                }
                if (value.getRef() != null && value.getRef().startsWith(COMPONENT)) {
                    nullableComponents.add(value.getRef().substring(COMPONENT.length()));
                } else {
                    nullable(value);
                }
            }
        }
        if (schema.getItems() != null) {
            nullableProperties(schema.getItems(), nullableComponents);
        }
        Schema values = schema.getAdditionalPropertiesSchema();
        if (values != null) {
            // A map's value may be null too (an aggregate of a dimension nobody scored).
            nullableProperties(values, nullableComponents);
            if (values.getRef() != null && values.getRef().startsWith(COMPONENT)) {
                nullableComponents.add(values.getRef().substring(COMPONENT.length()));
            } else {
                nullable(values);
            }
        }
    }

    private static void nullable(Schema schema) {
        if (schema.getType() == null
                || schema.getType().isEmpty()
                || schema.getType().contains(Schema.SchemaType.NULL)) {
            return;
        }
        schema.addType(Schema.SchemaType.NULL);
        if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            schema.addEnumeration(null);
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new java.util.ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            children.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            children.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            children.addAll(group);
        }
        if (schema.getNot() != null) {
            children.add(schema.getNot());
        }
        return children;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
