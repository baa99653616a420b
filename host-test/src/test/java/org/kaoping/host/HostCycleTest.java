package org.kaoping.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.Publication;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * The host of issue 12: an OA server on jackson-databind 2.9 and Guava 20 that declares every Kaoping artifact. The
 * enforcer's banDuplicateClasses has already passed when this runs; these tests run a cycle on the journal store and
 * check that each side keeps its own library versions.
 */
class HostCycleTest {

    @Test
    void runsACycleBesideTheHostsOldLibraries(@TempDir Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir.resolve("store"));
                Kaoping kaoping = Kaoping.builder()
                        .rubricProvider(new Beihai2015RubricProvider())
                        .orgDirectory(BeihaiSampleCity.directory()).store(store)
                        .evidenceSource(new InMemoryEvidenceSource("oa-export").append(BeihaiDemo.evidence()))
                        // the demo plan declares the veto and adjustment categories of the demo evidence; the gate
                        // refuses evidence in categories a plan does not know
                        .cityOffice(BeihaiSampleCity.OFFICE_ID).plan(BeihaiDemo.plan())
                        .notAssessed(BeihaiSampleCity.OFFICE_ID, "the city office assesses, it is not assessed")
                        .build()) {
            kaoping.importAll();
            kaoping.checkObligations(BeihaiDemo.REVIEW_DATE);
            Map<String, RankingTable> rankings = kaoping.rank();
            assertEquals(5, rankings.size(), "one table per Beihai 2015 rubric: " + rankings.keySet());
            assertFalse(rankings.get("beihai-2015/county").entries().isEmpty());
            Publication publication = kaoping.publish("host-test");
            assertEquals(kaoping.assessedUnits().size(), publication.results().size());
        }
    }

    @Test
    void theHostKeepsItsOwnJacksonAndGuava() {
        assertEquals("2.9.10", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().substring(0, 6));
        assertTrue(jarOf(com.google.common.base.Strings.class).contains("guava-20.0"), jarOf(com.google.common.base.Strings.class));
        // Kaoping's JSON codec runs on its own relocated Jackson, whatever the host's is.
        String json = EvidenceJson.toJson(BeihaiDemo.evidence().get(0));
        assertEquals(BeihaiDemo.evidence().get(0), EvidenceJson.parse(json, "host-test"));
    }

    /** The enforcer's rule, restated over the test JVM's actual class path: no class file in two class-path entries. */
    @Test
    void noClassIsOnTheClassPathTwice() throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        int kaopingClasses = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/")) {
                        continue;
                    }
                    kaopingClasses += name.startsWith("org/kaoping/") ? 1 : 0;
                    String first = seen.putIfAbsent(name, entry);
                    if (first != null) {
                        twice.add(name + " in " + first + " and " + entry);
                    }
                }
            }
        }
        assertTrue(kaopingClasses > 3000, "the Kaoping jars are on the class path: " + kaopingClasses + " classes");
        assertEquals(new ArrayList<String>(), twice);
    }

    private static String jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().toString();
    }
}
