package org.kartoteka.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads query parameters with problems that name the parameter and say what it accepts. */
public final class QueryParams {

    private QueryParams() {}

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public static <T extends Enum<T>> T enumValue(String name, String value, Class<T> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static PartialDate date(String name, String value) {
        try {
            return PartialDate.parse(value);
        } catch (InvalidPartialDateException e) {
            throw ProblemException.invalid(name, e.getMessage());
        }
    }

    /** {@code true} or {@code false}, any case; anything else is a 422 naming the parameter. */
    public static boolean bool(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "'" + value + "' is not true or false");
        };
    }

    public static UUID id(String name, String value) {
        try {
            return Ids.parse(value);
        } catch (ProblemException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not an id; ids are UUIDs such as"
                    + " 3f2b8c1e-0c1d-4a52-9a5e-2f1d8f0b7c11");
        }
    }

    /**
     * Adds {@code from}/{@code to} conditions on a partial date: a record matches when its date may
     * fall in the range, i.e. its latest possible day is not before {@code from} and its earliest
     * possible day is not after {@code to}.
     */
    public static <E extends RecordEntity> void dateRange(Keyset<E> query, String column, String from, String to) {
        if (present(from)) {
            query.where("e." + column + "Latest >= :fromDay", "fromDay", date("from", from).earliest());
        }
        if (present(to)) {
            query.where("e." + column + "Earliest <= :toDay", "toDay", date("to", to).latest());
        }
    }
}
