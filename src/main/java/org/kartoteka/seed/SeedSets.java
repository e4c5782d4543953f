package org.kartoteka.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Every seed set the features contribute, in loading order. */
@ApplicationScoped
public class SeedSets {

    @Inject
    Instance<SeedSet> sets;

    List<SeedSet> inOrder() {
        return sets.stream().sorted(Comparator.comparingInt(SeedSet::order)).toList();
    }
}
