package org.kartoteka.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Text as Kartoteka stores it: Unicode in NFC, so that a name typed as {@code s} + combining caron
 * and one typed as {@code š} are the same string everywhere (records, exports, equality filters).
 * Text PostgreSQL cannot store is refused before it gets near the database: the NUL character
 * (U+0000) and UTF-16 surrogates that are not part of a pair (a JSON {@code "\ud800"} escape).
 */
public final class StoredText {

    private StoredText() {}

    /** Why this text cannot be stored, or null when it can. */
    public static String unstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "contains the NUL character (U+0000), which cannot be stored; remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone UTF-16 surrogate (U+%04X at position %d), which is no character;"
                        .formatted((int) c, i) + " send valid UTF-8, or escapes of surrogates in pairs";
            }
        }
        return null;
    }

    /** The NFC form of the text. */
    public static String nfc(String value) {
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** Jackson reading every JSON string (values and object keys) through {@link #unstorable} and {@link #nfc}. */
    public static SimpleModule jacksonModule() {
        return new SimpleModule("kartoteka-stored-text")
                .addDeserializer(String.class, new Strings())
                .addKeyDeserializer(String.class, new Keys());
    }

    private static String checked(JsonParser parser, String value) throws JsonMappingException {
        if (value == null) {
            return null;
        }
        String problem = unstorable(value);
        if (problem != null) {
            throw JsonMappingException.from(parser, problem, new IllegalArgumentException(problem));
        }
        return nfc(value);
    }

    private static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    private static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }
}
