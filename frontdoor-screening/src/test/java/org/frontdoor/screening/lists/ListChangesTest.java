package org.frontdoor.screening.lists;

import org.frontdoor.screening.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ListChangesTest {

    @Test
    void splitsANewerOfacVersionIntoAddedChangedAndRemovedEntries() {
        SanctionsList older = OfacSdnReader.read(Fixtures.ofac2021());
        SanctionsList newer = OfacSdnReader.read(Fixtures.ofac2024());

        ListChanges changes = ListChanges.between(older, newer);

        Set<String> oldIds = ids(older);
        Set<String> newIds = ids(newer);
        assertThat(changes.added()).isNotEmpty().allMatch(e -> !oldIds.contains(e.id()));
        assertThat(changes.removed()).isNotEmpty().allMatch(e -> !newIds.contains(e.id()));
        assertThat(changes.changed()).allMatch(c -> !c.before().equals(c.after()) && c.before().id().equals(c.after().id()));
        long unchanged = newIds.stream().filter(oldIds::contains).count() - changes.changed().size();
        assertThat(changes.added().size() + changes.changed().size() + unchanged).isEqualTo(newer.entries().size());
        assertThat(changes.toRescreen()).hasSize(changes.added().size() + changes.changed().size());
    }

    @Test
    void findsNoChangesBetweenAListAndItself() {
        SanctionsList list = OfacSdnReader.read(Fixtures.ofac2024());

        ListChanges changes = ListChanges.between(list, list);

        assertThat(changes.added()).isEmpty();
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.removed()).isEmpty();
    }

    private static Set<String> ids(SanctionsList list) {
        Set<String> ids = new HashSet<>();
        list.entries().forEach(e -> ids.add(e.id()));
        return ids;
    }
}
