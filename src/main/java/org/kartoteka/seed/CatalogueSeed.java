package org.kartoteka.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kartoteka.legalarticle.LegalArticleInput;
import org.kartoteka.legalarticle.LegalArticleService;

/** The Belarusian Criminal Code articles of {@code shared/data/belarus-criminal-code.csv}. */
@ApplicationScoped
public class CatalogueSeed implements SeedSet {

    @Inject
    LegalArticleService articles;

    @Override
    public String name() {
        return "belarus-criminal-code";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int load(SeedLoader loader) {
        List<LegalArticleInput> rows = read();
        rows.forEach(row -> articles.create(loader.valid(row, row.code() + " " + row.number())));
        return rows.size();
    }

    static List<LegalArticleInput> read() {
        List<LegalArticleInput> rows = new ArrayList<>();
        try (var in = CatalogueSeed.class.getResourceAsStream("/seed/belarus-criminal-code.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"code,number,part,title".equals(header)) {
                throw new IllegalStateException("Unexpected catalogue header: " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** One line of the catalogue: three plain fields, then the title, quoted when it holds a comma. */
    private static LegalArticleInput parse(String line) {
        String[] head = line.split(",", 4);
        String title = head[3].strip();
        if (title.startsWith("\"") && title.endsWith("\"")) {
            title = title.substring(1, title.length() - 1).replace("\"\"", "\"");
        }
        return new LegalArticleInput(head[0], head[1], head[2].isBlank() ? null : head[2], title);
    }
}
