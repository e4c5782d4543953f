package org.kartoteka.asknownon;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kartoteka.common.PartialDate;

/**
 * A row as the audit trigger stored it ({@code to_jsonb} of the row: column names as keys) read
 * into an entity or embeddable, field by field as Hibernate maps them: a field's column is its
 * {@code @Column} name or its name in snake case. Element collections and many-to-one
 * associations are not columns of the row; {@link PastEntities} fills them. A column missing from
 * the row (added after the row was last written) leaves the field as a new instance has it.
 */
final class RowMapping {

    private RowMapping() {}

    /** A new instance of {@code type} with the row's columns copied into its fields. */
    static <T> T read(Class<T> type, JsonNode row) {
        try {
            T instance = type.getDeclaredConstructor().newInstance();
            for (Field field : columns(type)) {
                JsonNode value = row.get(column(field));
                if (value != null && !(value.isNull() && field.getType().isPrimitive())) {
                    field.set(instance, value.isNull() ? null : convert(field.getGenericType(), value));
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getSimpleName() + " from its audit event", e);
        }
    }

    /** The persistent fields of a type and its mapped superclasses, associations included. */
    static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.getName().startsWith("$$") && !field.isAnnotationPresent(Transient.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The column a many-to-one association is stored in. */
    static String joinColumn(Field field) {
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        return join != null && !join.name().isEmpty() ? join.name() : snakeCase(field.getName()) + "_id";
    }

    private static List<Field> columns(Class<?> type) {
        return fields(type).stream().filter(f -> !f.isAnnotationPresent(ElementCollection.class)
                && !f.isAnnotationPresent(ManyToOne.class)).toList();
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName());
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Type type, JsonNode value) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isNull() ? null : convert(list.getActualTypeArguments()[0], item)));
            return items;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return value.asText();
        } else if (c == UUID.class) {
            return UUID.fromString(value.asText());
        } else if (c == Instant.class) {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } else if (c == LocalDate.class) {
            return LocalDate.parse(value.asText());
        } else if (c == PartialDate.class) {
            return PartialDate.parse(value.asText());
        } else if (c == long.class || c == Long.class) {
            return value.asLong();
        } else if (c == int.class || c == Integer.class) {
            return value.asInt();
        } else if (c == boolean.class || c == Boolean.class) {
            return value.asBoolean();
        } else if (c == BigDecimal.class) {
            return value.decimalValue();
        } else if (c.isEnum()) {
            return Enum.valueOf((Class<Enum>) c, value.asText());
        }
        throw new IllegalStateException("no reading of a " + c.getSimpleName() + " from an audit event");
    }
}
