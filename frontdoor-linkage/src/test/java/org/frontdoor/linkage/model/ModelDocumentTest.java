package org.frontdoor.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frontdoor.linkage.batch.BatchLinkage;
import org.frontdoor.linkage.config.LinkageSettings;
import org.frontdoor.linkage.io.PersonFile;
import org.frontdoor.linkage.record.PreparedRecord;
import org.frontdoor.linkage.record.RecordPreparation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDocumentTest {

    @Test
    void savedModelScoresEveryPairExactlyAsTheTrainedOne(@TempDir Path dir) throws Exception {
        Path file = Path.of(getClass().getResource("/linkage/febrl/dataset1.csv").toURI());
        List<PreparedRecord> records = PersonFile.read(file, "rec_id", LinkageSettings.defaults(), System.err)
                .records().stream().map(RecordPreparation.standard()::prepare).toList();
        LinkageModel trained = BatchLinkage.deduplicate(records, LinkageSettings.defaults(), List.of(), m -> { })
                .model();
        Path saved = dir.resolve("model.yaml");
        ModelDocument.write(trained, saved);
        LinkageModel loaded = ModelDocument.read(saved);
        for (int i = 0; i + 1 < records.size(); i += 7) {
            PreparedRecord a = records.get(i);
            PreparedRecord b = records.get(i + 1);
            assertThat(loaded.explain(a, b).matchWeight()).isCloseTo(trained.explain(a, b).matchWeight(),
                    within(1e-9));
            assertThat(loaded.explain(a, a).matchWeight()).isCloseTo(trained.explain(a, a).matchWeight(),
                    within(1e-9));
        }
    }

    @Test
    void refusesDocumentsOfAnotherFormat() {
        assertThatThrownBy(() -> ModelDocument.fromMap(Map.of("format", "something-else")))
                .hasMessageContaining("not a frontdoor-linkage-model/1 document");
    }
}
