package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.EvidenceBatch;

class JsonEvidenceFolderTest {
    @TempDir
    Path dir;

    static List<Evidence> demoOfKind(EvidenceKind kind, int max) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : BeihaiDemo.evidence()) {
            if (e.kind() == kind && out.size() < max) {
                out.add(e);
            }
        }
        assertFalse(out.isEmpty(), "the demo has " + kind);
        return out;
    }

    static byte[] withBom(String text) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(text.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    @Test
    void aGoodJsonFileImportsEqualToTheSameEvidenceWrittenAsCsv() throws Exception {
        List<Evidence> metrics = demoOfKind(EvidenceKind.METRIC_VALUE, 40);
        List<Evidence> judgements = demoOfKind(EvidenceKind.JUDGEMENT, 40);
        Path csv = Files.createDirectory(dir.resolve("csv"));
        Path json = Files.createDirectory(dir.resolve("json"));
        Files.write(csv.resolve("metric_value-a.csv"), EvidenceCsvWriter.toBytes(EvidenceKind.METRIC_VALUE, metrics, StandardCharsets.UTF_8));
        Files.write(csv.resolve("judgement-b.csv"), EvidenceCsvWriter.toBytes(EvidenceKind.JUDGEMENT, judgements, StandardCharsets.UTF_8));
        Files.write(json.resolve("metric_value-a.json"), withBom(EvidenceJson.toJsonArray(metrics)));
        Files.write(json.resolve("judgement-b.json"), EvidenceJson.toJsonArray(judgements).getBytes(StandardCharsets.UTF_8));

        FolderImport fromCsv = FolderEvidenceSource.of(csv).readAll();
        FolderImport fromJson = FolderEvidenceSource.of(json).readAll();

        assertTrue(fromCsv.isOk() && fromJson.isOk(), fromCsv.problems() + " " + fromJson.problems());
        assertEquals(metrics.size() + judgements.size(), fromJson.evidence().size());
        assertEquals(fromCsv.evidence(), fromJson.evidence(), "JSON imports exactly what the same evidence as CSV imports");
        assertEquals(StandardCharsets.UTF_8, fromJson.files().get(1).charset(), "UTF-8 behind a byte-order mark");
    }

    @Test
    void aBadJsonFileNamesLineColumnAndPathAndImportsNothing() throws Exception {
        List<Evidence> metrics = demoOfKind(EvidenceKind.METRIC_VALUE, 3);
        String good = EvidenceJson.toJsonArray(metrics);
        // Pretty enough to put the bad value on line 3: the third record's value is a word, not a number.
        String text = good.replace("},{", "},\n{");
        int third = text.lastIndexOf("\n{");
        String bad = text.substring(0, third) + text.substring(third).replaceFirst("\"value\":[0-9.]+", "\"value\":\"三\"");
        assertTrue(bad.contains("\"三\""), bad);
        Files.write(dir.resolve("2015-03.json"), bad.getBytes(StandardCharsets.UTF_8));

        FolderImport all = FolderEvidenceSource.of(dir).readAll();

        assertEquals(1, all.refused().size());
        ParsedFile refused = all.refused().get(0);
        assertTrue(refused.evidence().isEmpty(), "nothing of the file, not even its two good records");
        ImportProblem p = refused.problems().get(0);
        assertEquals("2015-03.json", p.file());
        assertEquals(3, p.line(), p.toString());
        int column = bad.substring(third + 1).indexOf("\"三\"") + 1;
        assertEquals(column, p.column(), p.toString());
        assertEquals("$[2].value", p.header(), p.toString());
        assertTrue(p.toString().startsWith("2015-03.json, line 3, column " + column + " ($[2].value): "), p.toString());

        EvidenceCsvFormatException thrown = assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch(null, 10));
        assertTrue(thrown.getMessage().contains("2015-03.json"), thrown.getMessage());

        Files.write(dir.resolve("2015-04.json"), new byte[] {'[', (byte) 0xC3, ']'});
        ParsedFile notUtf8 = FolderEvidenceSource.of(dir).readAll().files().get(1);
        assertFalse(notUtf8.isOk());
        assertEquals(1, notUtf8.problems().get(0).line(), notUtf8.problems().toString());
    }

    @Test
    void aMixedFolderKeepsFileNameOrderAndTheCursorWorksAcrossKinds() throws Exception {
        List<Evidence> eight = demoOfKind(EvidenceKind.METRIC_VALUE, 8);
        List<Evidence> metrics = eight.subList(0, 5);
        List<Evidence> judgements = demoOfKind(EvidenceKind.JUDGEMENT, 4);
        List<Evidence> incidents = eight.subList(5, 8);
        Files.write(dir.resolve("0-metrics.json"), EvidenceJson.toJsonArray(metrics).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("judgement-2015.csv"), EvidenceCsvWriter.toBytes(EvidenceKind.JUDGEMENT, judgements, StandardCharsets.UTF_8));
        Files.write(dir.resolve("zz-more.JSON"), EvidenceJson.toJsonArray(incidents).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(".hidden.json"), "not json".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("notes.txt"), "ignored".getBytes(StandardCharsets.UTF_8));

        List<Evidence> expected = new ArrayList<>(metrics);
        expected.addAll(FolderEvidenceSource.of(dir).readAll().files().get(1).evidence());
        assertEquals(judgements.size(), expected.size() - metrics.size());
        expected.addAll(incidents);

        FolderEvidenceSource source = FolderEvidenceSource.builder(dir).failOnBadFile(true).build();
        assertEquals(expected, source.readAll().evidence());
        List<Evidence> paged = new ArrayList<>();
        String cursor = null;
        EvidenceBatch b;
        int batches = 0;
        do {
            b = source.fetch(cursor, 4);
            paged.addAll(b.evidence());
            cursor = b.nextCursor();
            batches++;
        } while (b.hasMore());
        assertEquals(expected, paged, "pages of 4 cut inside JSON and CSV files alike");
        assertTrue(batches >= 3, "paged: " + batches);
        assertTrue(source.fetch(cursor, 4).evidence().isEmpty(), "a consumed folder fetches nothing more");
    }
}
