package org.kartoteka.metric;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric's label in the widget's three languages; a missing one falls back to the main label. */
@Schema(name = "MetricLabels", description = "the label in English, Belarusian and Russian")
public record Labels(
        @Size(max = 200) @Schema(examples = "Political prisoners") String en,
        @Size(max = 200) @Schema(examples = "Палітвязні") String be,
        @Size(max = 200) @Schema(examples = "Политзаключённые") String ru) {

    public static Labels of(Metric m) {
        return new Labels(m.labelEn, m.labelBe, m.labelRu);
    }

    /** The label in this language (en, be or ru), else the English one, else {@code fallback}. */
    public String in(String lang, String fallback) {
        String wanted = switch (lang == null ? "en" : lang) {
            case "be" -> be;
            case "ru" -> ru;
            default -> en;
        };
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        return en != null && !en.isBlank() ? en : fallback;
    }
}
