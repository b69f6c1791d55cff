package org.frontdoor.diligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.frontdoor.screening.ScreeningQuery;
import org.frontdoor.screening.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the sanctions lists again when their files change, and what changed, without Spring. */
class SanctionsListsTest {

    private static final ScreeningQuery LISTED = new ScreeningQuery("Eusebio Arzallus Tapia", Schema.PERSON, null, null);

    @TempDir
    Path folder;

    /** The extract without entry 7182 (ARZALLUS TAPIA, Eusebio), as if it were not listed yet. */
    private Path listWithout7182() throws IOException {
        return SanctionsCheckAccess.listWithout("7182", folder);
    }

    private static void replaceWithExtract(Path file) throws IOException {
        SanctionsCheckAccess.replaceWithExtract(file);
    }

    @Test
    void theFirstLoadHasNothingToCompareWithSoEveryCaseIsScreenedAgain() throws IOException {
        listWithout7182();
        var lists = new SanctionsLists(SanctionsCheckTest.settings(folder.toString()));

        var update = lists.loadIfChanged().orElseThrow();

        assertThat(update.delta()).isNull();
        assertThat(update.entries()).isEqualTo(299);
        assertThat(lists.current().screening()).isNotNull();
    }

    @Test
    void unchangedFilesAreNotLoadedAgain() throws IOException {
        listWithout7182();
        var lists = new SanctionsLists(SanctionsCheckTest.settings(folder.toString()));
        lists.loadIfChanged();

        assertThat(lists.loadIfChanged()).isEmpty();
    }

    @Test
    void anAddedEntryIsWhatCheckedCasesAreScreenedAgainst() throws IOException {
        Path file = listWithout7182();
        var lists = new SanctionsLists(SanctionsCheckTest.settings(folder.toString()));
        lists.loadIfChanged();
        String before = lists.current().fingerprint();
        assertThat(lists.current().screening().screen(LISTED)).isEmpty();

        replaceWithExtract(file);
        var update = lists.loadIfChanged().orElseThrow();

        assertThat(update.added()).isEqualTo(1);
        assertThat(update.changed()).isZero();
        assertThat(update.removed()).isZero();
        assertThat(update.delta().entryCount()).isEqualTo(1);
        assertThat(update.delta().screen(LISTED)).singleElement().satisfies(hit -> assertThat(hit.entry().id()).isEqualTo("7182"));
        assertThat(update.delta().screen(new ScreeningQuery("Banco Nacional de Cuba", Schema.ORGANIZATION, null, null))).isEmpty();
        assertThat(update.fingerprint()).isNotEqualTo(before);
        assertThat(lists.current().screening().screen(LISTED)).isNotEmpty();
    }

    @Test
    void aRemovedEntryIsCountedAndNoLongerHit() throws IOException {
        Path file = folder.resolve("sdn.csv");
        replaceWithExtract(file);
        var lists = new SanctionsLists(SanctionsCheckTest.settings(folder.toString()));
        lists.loadIfChanged();

        listWithout7182();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        var update = lists.loadIfChanged().orElseThrow();

        assertThat(update.removed()).isEqualTo(1);
        assertThat(update.delta().entryCount()).isZero();
        assertThat(lists.current().screening().screen(LISTED)).isEmpty();
    }

    @Test
    void anUnreadableNewVersionKeepsTheOneInUse() throws IOException {
        Path file = listWithout7182();
        var lists = new SanctionsLists(SanctionsCheckTest.settings(folder.toString()));
        lists.loadIfChanged();
        var inUse = lists.current();

        Files.delete(file);
        Files.delete(folder);

        assertThat(lists.loadIfChanged()).isEmpty();
        assertThat(lists.current()).isSameAs(inUse);
    }
}
