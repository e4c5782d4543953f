package org.kartoteka.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Persons held in memory, not (or not yet) findable in the database, that a probe is compared
 * with: the persons an import created from earlier rows of the same file (docs/import.md,
 * "Possible duplicates"). A person is proposed for scoring as the scan proposes pairs
 * ({@link RegisterScan}): when it shares two parts of the name with the probe (after folding, any
 * spelling), or one when either name has one part; only proposed persons are scored.
 */
public final class ProfileIndex {

    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<Entry>> postings = new HashMap<>();

    private record Entry(PersonProfile person, Map<String, Integer> parts, int partCount, Object tag) {}

    /** Adds a person (with an id), with a tag the caller gets back with its candidates (e.g. a row number). */
    public void add(PersonProfile person, Object tag) {
        Map<String, Integer> parts = RegisterScan.NameParts.of(person);
        Entry entry = new Entry(person, parts, (int) parts.values().stream().distinct().count(), tag);
        remove(person.id());
        entries.put(person.id(), entry);
        parts.keySet().forEach(key -> postings.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
    }

    /** Forgets a person (a row whose writing was rolled back). */
    public void remove(UUID id) {
        Entry entry = entries.remove(id);
        if (entry != null) {
            entry.parts.keySet().forEach(key -> postings.get(key).remove(entry));
        }
    }

    /** Forgets the persons added with these tags. */
    public void forget(Collection<?> tags) {
        Set<?> forgotten = new HashSet<>(tags);
        List<UUID> ids = entries.values().stream().filter(e -> forgotten.contains(e.tag)).map(e -> e.person.id())
                .toList();
        ids.forEach(this::remove);
    }

    public boolean contains(UUID id) {
        return entries.containsKey(id);
    }

    public Object tag(UUID id) {
        Entry entry = entries.get(id);
        return entry == null ? null : entry.tag;
    }

    /** The held persons scoring at least {@code minScore} against the probe (and more than 0), best first. */
    public List<DuplicateCandidate> candidates(PersonProfile probe, double minScore, Set<UUID> excluded) {
        Map<String, Integer> probeParts = RegisterScan.NameParts.of(probe);
        int probePartCount = (int) probeParts.values().stream().distinct().count();
        Map<Entry, Integer> masks = new HashMap<>();
        probeParts.forEach((key, part) -> {
            for (Entry entry : postings.getOrDefault(key, List.of())) {
                masks.merge(entry, 1 << Math.min(part, 30), (x, y) -> x | y);
            }
        });
        List<DuplicateCandidate> found = new ArrayList<>();
        masks.forEach((entry, mask) -> {
            boolean proposed = Integer.bitCount(mask) >= 2 || probePartCount == 1 || entry.partCount == 1;
            if (proposed && !excluded.contains(entry.person.id())
                    && DuplicateScorer.upperBound(probe, entry.person) >= minScore) {
                DuplicateScorer.Scored s = DuplicateScorer.score(probe, entry.person);
                if (s.score() >= minScore && s.score() > 0) {
                    found.add(new DuplicateCandidate(entry.person.id(), entry.person.displayName(), s.score(),
                            s.reasons(), s.against()));
                }
            }
        });
        found.sort(DuplicateService.BEST_FIRST);
        return found;
    }
}
