package org.kaoping.plugin.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.directory.UnitsCsvFormatException;
import org.kaoping.plugin.imports.EvidenceCsv;
import org.kaoping.plugin.imports.EvidenceCsvWriter;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.ParsedFile;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.json.JsonFormatException;
import org.kaoping.plugin.json.RubricFormatException;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.testkit.evidence.EvidenceSets;

/**
 * Seeded mutation fuzzing of every reader (evidence CSV and JSON, units CSV, rubric JSON) and of scoring what they
 * accept (issue 11.7). Seeds are valid files made from generated evidence and the Beihai county standard; each input
 * is a seed mutated at the byte level (flips, insertions of hostile tokens, deletions, duplications, truncation,
 * splices). Every input either reads, or is refused with the reader's domain error naming the file and the line and
 * column (or JSON path); what reads is scored, and scoring may only refuse with a domain error. Any other exception,
 * or a refusal without a place, fails the test with the seed and input that caused it.
 *
 * <p>{@value #INPUTS} inputs in the build (under a minute); {@code -Dkaoping.fuzz.scale=N} runs N times as many, with
 * {@code -Dkaoping.fuzz.seed=S} another seed.
 */
class ReaderFuzzTest {
    static final int INPUTS = 24_000;
    private static final long SEED = Long.getLong("kaoping.fuzz.seed", 20151130L);
    private static final int SCALE = Integer.getInteger("kaoping.fuzz.scale", 1);

    private static final String[] TOKENS = {"1e99999999999", "1e2000000000", "-1e2000000000", "1e-2000000000",
        "0e-2000000000", "9223372036854775807", "-9223372036854775808", "922337203685477.5807", "\\ud800", "\\udc00",
        "\"", "\"\"", ",", "\n", "\r\n", "[", "]", "{", "}", "[[[[[[[[[[[[[[[[[[[[", "{\"a\":", ":", "null", "true", "-",
        "0", "-0", "1.0000000", "99999999999999999999", "2015-02-30", "2015-13", "0000", "9999-12-31 23:59:59",
        "2015-03-20T09:30:00+08:00", "\u0000", "\u202E", "\uFEFF", "，", "０", "是", "否", "\\u0000", "\\", "e", "E+",
        "NaN", "Infinity", "\t", " ", "beihai/hepu", "hepu", "1.1.1", "judgement", "metric-value", "deduction",
        "score-override", "adjustment", "spot-check", "self", "panel", "county-district", "CITY", "parent_id"};
    private static final byte[][] BYTES = {{(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x81, (byte) 0x30}, {(byte) 0xE4}};

    private static OrgUnit unit;
    private static Scorer scorer;
    private static Rubric county;
    private static AssessmentPlan plan;
    private static final List<Seed> csvSeeds = new ArrayList<>();
    private static final List<byte[]> jsonSeeds = new ArrayList<>();
    private static final List<byte[]> unitSeeds = new ArrayList<>();
    private static final List<byte[]> rubricSeeds = new ArrayList<>();
    private static final List<byte[]> planSeeds = new ArrayList<>();
    private static final org.kaoping.spi.RubricRegistry BEIHAI = org.kaoping.spi.RubricRegistry.of(
            new org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider());
    private static List<Evidence> baseEvidence;

    private int inputs;
    private int accepted;
    private int scored;
    private final Map<String, Integer> refusals = new LinkedHashMap<>();

    private static final class Seed {
        final String name;
        final byte[] bytes;

        Seed(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }
    }

    @BeforeAll
    static void seeds() {
        county = Beihai2015.county();
        unit = OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai");
        plan = AssessmentPlan.builder().id("fuzz").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, county).build();
        scorer = Scorer.of(plan);
        List<Evidence> all = EvidenceSets.forRubric(county).unit(unit).generate(SEED);
        baseEvidence = all;
        Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
        for (Evidence e : all) {
            List<Evidence> list = byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>());
            if (list.size() < 12) {
                list.add(e);
            }
        }
        List<Evidence> mixed = new ArrayList<>();
        for (Map.Entry<EvidenceKind, List<Evidence>> e : byKind.entrySet()) {
            Charset cs = e.getKey().ordinal() % 2 == 0 ? StandardCharsets.UTF_8 : TextEncoding.GB18030;
            csvSeeds.add(new Seed(EvidenceCsvWriter.fileName(e.getKey(), "fuzz"),
                    EvidenceCsvWriter.toBytes(e.getKey(), e.getValue(), cs)));
            jsonSeeds.add(EvidenceJson.toJsonArray(e.getValue()).getBytes(StandardCharsets.UTF_8));
            mixed.addAll(e.getValue().subList(0, Math.min(3, e.getValue().size())));
        }
        jsonSeeds.add(EvidenceJson.toJsonArray(mixed).getBytes(StandardCharsets.UTF_8));
        List<OrgUnit> units = Arrays.asList(OrgUnit.of("beihai", "北海市", OrgKind.CITY, null),
                OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"),
                OrgUnit.of("hepu/lianzhou", "廉州镇", OrgKind.TOWNSHIP, "hepu"),
                OrgUnit.of("justice", "市司法局", OrgKind.CITY_ADMINISTRATIVE, "beihai"));
        unitSeeds.add(CsvOrgDirectory.toCsv(units).getBytes(StandardCharsets.UTF_8));
        unitSeeds.add(CsvOrgDirectory.toCsv(units).getBytes(TextEncoding.GB18030));
        rubricSeeds.add(RubricJson.toJson(county).getBytes(StandardCharsets.UTF_8));
        rubricSeeds.add(RubricJson.toJson(Beihai2015.judicial()).getBytes(StandardCharsets.UTF_8));
        planSeeds.add(org.kaoping.plugin.json.PlanJson.toJson(org.kaoping.plugin.plan.BeihaiPlans.default2015())
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyReaderRefusesDamageWithADomainErrorThatSaysWhere() {
        Random random = new Random(SEED);
        long start = System.nanoTime();
        int total = INPUTS * SCALE;
        for (int i = 0; i < total; i++) {
            int which = i % 24;
            if (which < 8) {
                Seed s = csvSeeds.get(random.nextInt(csvSeeds.size()));
                byte[] input = mutate(random, s.bytes, csvSeeds.get(random.nextInt(csvSeeds.size())).bytes);
                run(i, s.name, input, () -> evidenceCsv(s.name, input));
            } else if (which < 14) {
                byte[] input = mutate(random, pick(random, jsonSeeds), pick(random, jsonSeeds));
                run(i, "evidence.json", input, () -> evidenceJson(input));
            } else if (which < 18) {
                byte[] input = mutate(random, pick(random, unitSeeds), pick(random, unitSeeds));
                run(i, "units.csv", input, () -> units(input));
            } else if (which < 21) {
                byte[] input = mutate(random, pick(random, rubricSeeds), pick(random, rubricSeeds));
                run(i, "rubric.json", input, () -> rubric(input));
            } else {
                byte[] input = mutate(random, pick(random, planSeeds), pick(random, planSeeds));
                run(i, "plan.json", input, () -> plan(input));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ReaderFuzzTest: seed " + SEED + ", " + inputs + " inputs in " + millis + " ms; " + accepted
                + " accepted, " + scored + " scored; refusals by reader: " + refusals + "; non-domain exceptions: 0");
        assertEquals(total, inputs);
        assertTrue(accepted > total / 50, "the mutations leave some inputs readable: " + accepted);
    }

    private void run(int index, String name, byte[] input, Runnable body) {
        inputs++;
        try {
            body.run();
        } catch (AssertionError e) {
            throw new AssertionError("input #" + index + " (" + name + ", seed " + SEED + "): " + e.getMessage() + "\n"
                    + preview(input), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("input #" + index + " (" + name + ", seed " + SEED + ") threw a non-domain "
                    + e.getClass().getName() + ": " + e.getMessage() + "\n" + preview(input), e);
        }
    }

    private void evidenceCsv(String name, byte[] input) {
        ParsedFile f = EvidenceCsv.read(name, input, null);
        if (!f.isOk()) {
            refused("evidence CSV");
            for (ImportProblem p : f.problems()) {
                assertPlaced(name, p);
            }
            return;
        }
        score(f.evidence());
    }

    private void evidenceJson(byte[] input) {
        List<Evidence> evidence;
        try {
            evidence = EvidenceJson.parseArray(new String(input, StandardCharsets.UTF_8), "evidence.json");
        } catch (EvidenceFormatException e) {
            refused("evidence JSON");
            assertPlaced("evidence.json", e);
            return;
        }
        score(evidence);
    }

    private void units(byte[] input) {
        try {
            List<OrgUnit> units = CsvOrgDirectory.parse("units.csv", input, null);
            assertTrue(!units.isEmpty());
            accepted++;
        } catch (UnitsCsvFormatException e) {
            refused("units CSV");
            for (ImportProblem p : e.problems()) {
                assertPlaced("units.csv", p);
            }
        }
    }

    private void rubric(byte[] input) {
        Rubric r;
        try {
            r = RubricJson.parse(input, "rubric.json");
        } catch (RubricFormatException e) {
            refused("rubric JSON");
            assertPlaced("rubric.json", e);
            return;
        }
        accepted++;
        if (RubricValidator.validate(r).hasErrors()
                || !r.appliesTo().isEmpty() && !r.isApplicableTo(OrgKind.COUNTY_DISTRICT)) {
            return; // a plan refuses such a rubric for a county before scoring
        }
        try {
            Scorer.score(r, plan, unit, EvidenceIndex.of(baseEvidence)).finalTotal();
            scored++;
        } catch (KaopingException e) {
            assertDomain(e);
        }
    }

    /** The plan file (考评方案): read, resolved against the Beihai standards, and a county scored under it. */
    private void plan(byte[] input) {
        org.kaoping.plugin.plan.ResolvedPlan resolved;
        try {
            resolved = org.kaoping.plugin.plan.PlanResolver.resolve(
                    org.kaoping.plugin.json.PlanJson.parse(input, "plan.json"), BEIHAI, null);
        } catch (org.kaoping.plugin.json.PlanFormatException e) {
            refused("plan JSON");
            assertPlaced("plan.json", e);
            return;
        } catch (KaopingException e) {
            refused("plan JSON");
            assertDomain(e);
            return;
        }
        accepted++;
        Rubric r = resolved.plan().rubrics().get(OrgKind.COUNTY_DISTRICT);
        if (r == null) {
            return;
        }
        try {
            Scorer.score(r, resolved.plan(), unit, EvidenceIndex.of(baseEvidence)).finalTotal();
            scored++;
        } catch (KaopingException e) {
            assertDomain(e);
        }
    }

    private void score(List<Evidence> evidence) {
        accepted++;
        List<Evidence> mine = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.unitId().equals(unit.id())) {
                mine.add(e);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        try {
            scorer.score(unit, EvidenceIndex.of(mine)).finalTotal();
            scored++;
        } catch (KaopingException e) {
            assertDomain(e);
        }
    }

    private void refused(String reader) {
        refusals.merge(reader, 1, Integer::sum);
    }

    /** A domain error is a subclass of the root exception, never the bare root, and says what went wrong. */
    private static void assertDomain(KaopingException e) {
        assertTrue(e.getClass() != KaopingException.class, "a specific domain exception, not the bare root: " + e);
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a message: " + e);
    }

    private static void assertPlaced(String file, ImportProblem p) {
        assertEquals(file, p.file(), p.toString());
        assertTrue(p.line() > 0 || wholeFile(p.message()), "a problem names its line: " + p);
        assertTrue(!p.message().isEmpty(), p.toString());
    }

    /** The problems that concern a whole file, and so have no line. */
    private static boolean wholeFile(String message) {
        return message.contains("UTF-16") || message.contains("holds no header");
    }

    private static void assertPlaced(String file, JsonFormatException e) {
        assertEquals(file, e.source(), e.getMessage());
        assertTrue(e.line() > 0 && e.column() > 0, "a JSON error names line and column: " + e.getMessage());
        assertTrue(e.path().startsWith("$"), "a JSON error names its path: " + e.getMessage());
    }

    private static byte[] pick(Random random, List<byte[]> seeds) {
        return seeds.get(random.nextInt(seeds.size()));
    }

    /** One to four byte-level mutations of {@code seed}; {@code other} is spliced from. */
    static byte[] mutate(Random random, byte[] seed, byte[] other) {
        byte[] b = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int n = b.length;
            int at = n == 0 ? 0 : random.nextInt(n);
            switch (random.nextInt(8)) {
                case 0: { // flip a bit
                    if (n > 0) {
                        b = b.clone();
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                    break;
                }
                case 1: // insert a hostile token
                case 2:
                    b = splice(b, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                    break;
                case 3: // replace a run with a token
                    b = splice(b, at, Math.min(n, at + random.nextInt(12)),
                            TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                    break;
                case 4: // delete a run
                    b = splice(b, at, Math.min(n, at + 1 + random.nextInt(40)), new byte[0]);
                    break;
                case 5: { // duplicate a run
                    int len = Math.min(n - at, 1 + random.nextInt(200));
                    b = splice(b, at, at, Arrays.copyOfRange(b, at, at + Math.max(0, len)));
                    break;
                }
                case 6: // insert raw bytes that are not text
                    b = splice(b, at, at, BYTES[random.nextInt(BYTES.length)]);
                    break;
                default: { // truncate, or splice in part of another seed
                    if (random.nextBoolean()) {
                        b = Arrays.copyOf(b, at);
                    } else if (other.length > 0) {
                        int from = random.nextInt(other.length);
                        b = splice(b, at, Math.min(n, at + random.nextInt(100)),
                                Arrays.copyOfRange(other, from, Math.min(other.length, from + random.nextInt(300))));
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static String preview(byte[] input) {
        String s = new String(input, StandardCharsets.UTF_8);
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
