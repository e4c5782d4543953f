package org.kartoteka.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PartialDate} as its ISO text, which keeps its precision. The migrations add
 * {@code *_earliest} and {@code *_latest} columns generated from that text for filters and counts.
 */
@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.value();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
