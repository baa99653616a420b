package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.fixtures.SampleRubrics;
import org.kaoping.plugin.json.RubricJson;

class MainTest {

    /** One run of the command line: exit code, standard output and error decoded as UTF-8. */
    static final class Run {
        final int exit;
        final String out;
        final String err;
        final byte[] outBytes;

        Run(String... args) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            exit = Main.run(o, e, args);
            outBytes = o.toByteArray();
            out = new String(outBytes, StandardCharsets.UTF_8);
            err = new String(e.toByteArray(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    /**
     * The demo's own parse (no picocli model, issue 14) agrees with picocli on every command line of up to four words
     * drawn from demo's words and the cases it must leave to picocli: whenever it takes a command line, picocli parses
     * the same one to the demo command with the same folder and the same --verbose; and it leaves help, @-files, a
     * value starting with '-', a repeated or unknown option to picocli.
     */
    @Test
    void plainDemoParsesAsPicocliDoes() {
        String[] words = {"demo", "--verbose", "--out", "-o", "out dir", "--out=x", "@args", "-x", "--help", "", "rank"};
        java.util.List<String[]> lines = new java.util.ArrayList<>();
        lines.add(new String[0]);
        for (int len = 1; len <= 4; len++) {
            int[] idx = new int[len];
            while (true) {
                String[] line = new String[len];
                for (int i = 0; i < len; i++) {
                    line[i] = words[idx[i]];
                }
                lines.add(line);
                int k = len - 1;
                while (k >= 0 && ++idx[k] == words.length) {
                    idx[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        int taken = 0;
        for (String[] line : lines) {
            Path plain = Main.plainDemo(line);
            if (plain == null) {
                continue;
            }
            taken++;
            picocli.CommandLine cli = Main.commandLine(line);
            picocli.CommandLine.ParseResult parsed = cli.parseArgs(line);
            String shown = String.join(" | ", line);
            assertTrue(parsed.hasSubcommand(), shown);
            Object command = parsed.subcommand().commandSpec().userObject();
            assertTrue(command instanceof CycleCommands.Demo, shown);
            assertEquals(((CycleCommands.Demo) command).out, plain, shown);
            assertEquals(java.util.Arrays.asList(line).contains("--verbose"), ((KaopingCommand) cli.getCommand()).verbose, shown);
            assertFalse(parsed.subcommand().isUsageHelpRequested(), shown);
        }
        assertEquals(java.nio.file.Paths.get("kaoping-demo"), Main.plainDemo("demo"));
        assertEquals(java.nio.file.Paths.get("out dir"), Main.plainDemo("--verbose", "demo", "-o", "out dir"));
        for (String[] left : new String[][] {{"demo", "--help"}, {"demo", "--out", "a", "--out", "b"}, {"demo", "@args"},
                {"demo", "--out", "-x"}, {"demo", "--out"}, {"rank", "demo"}, {"--help", "demo"}, {"demo", "--out="}}) {
            assertEquals(null, Main.plainDemo(left), String.join(" ", left));
        }
        assertTrue(taken > 20, "command lines the demo's own parse took: " + taken);
    }

    @Test
    void listShowsDiscoveredRubricsAsATable() {
        Run r = new Run("rubric", "list");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("ID  "), r.toString());
        assertTrue(r.out.matches("(?s).*\nsample-2016/county +2016\\.1\\.0 +20 +sample +县（区）工作标准（样例）\n.*"), r.toString());
        assertTrue(r.out.contains("sample-2016/broken"), r.toString());
        assertTrue(r.err.isEmpty(), r.err);
    }

    @Test
    void outputIsUtf8() {
        Run r = new Run("rubric", "list");
        String title = "县（区）工作标准（样例）";
        byte[] utf8 = title.getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(r.outBytes, utf8) >= 0, "UTF-8 bytes of the title in the output");
    }

    @Test
    void showPrintsTheTreeWithPointsIdsRulesAndErrata() {
        Run r = new Run("rubric", "show", SampleRubrics.FULL_ID);
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("sample-2016/county 2016.1.0 《县（区）工作标准（样例）》\n"), r.out);
        assertTrue(r.out.contains("\n（一）加强组织领导（8分）。\n    第二行：“引号”与 \\ 反斜杠。  — 8分  [1]\n"), r.out);
        assertTrue(r.out.contains("\n来源：样例文件："), "the source, labelled in Chinese: " + r.out);
        assertTrue(r.out.contains("\n  1、成立领导小组，每年召开会议不少于2次（2分）。  — 2分  [1.1]\n"
                + "      计分规则：leadership-meetings 不少于 2次（每年），每项扣 0.5 分，扣完为止\n"), r.out);
        assertTrue(r.out.contains("— 1分（依勘误：section declares 8 and the other items sum to 7）  [1.6]  标签：task:3、备案"), r.out);
        assertTrue(r.out.endsWith("\n勘误：\n  [1.6]：原文「（无分值）」，采用「1分」，理由：section declares 8 "
                + "and the other items sum to 7\n  整套标准：原文「总分100分」，采用「20」，理由：sample rubric "
                + "is scaled down\n"), r.out);
    }

    @Test
    void anUnknownIdIsAnErrorNamingTheKnownIds() {
        Run r = new Run("rubric", "show", "sample-2016/countyy");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.startsWith("kaoping: error: Unknown rubric [sample-2016/countyy]; known: "), r.err);
        assertTrue(r.err.contains("sample-2016/county,") || r.err.contains("sample-2016/county\n"), r.err);
    }

    @Test
    void exportWritesRubricJsonToStdoutOrAtomicallyToAFile(@TempDir Path dir) throws Exception {
        Run r = new Run("rubric", "export", SampleRubrics.FULL_ID);
        assertEquals(0, r.exit, r.toString());
        assertEquals(SampleRubrics.full(), RubricJson.parse(r.out, "stdout"));

        Path file = dir.resolve("out.json");
        Run toFile = new Run("rubric", "export", SampleRubrics.FULL_ID, "--out", file.toString());
        assertEquals(0, toFile.exit, toFile.toString());
        assertEquals(SampleRubrics.full(), RubricJson.read(file));
        assertEquals("Wrote rubric [sample-2016/county] to " + file + "\n", toFile.out);
    }

    @Test
    void importValidatesAndSummarizes(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        RubricJson.export(SampleRubrics.full(), good);
        Run ok = new Run("rubric", "import", good.toString());
        assertEquals(0, ok.exit, ok.toString());
        assertTrue(ok.out.contains("Read rubric [sample-2016/county] 2016.1.0 《县（区）工作标准（样例）》 from " + good), ok.out);
        assertTrue(ok.out.contains("一级条目 2 条，条目共 14 条，计分项 11 项，总分 20 分"), ok.out);
        assertTrue(ok.out.contains("Rubric [sample-2016/county]: 0 error(s), 0 warning(s), 2 notice(s)"), ok.out);

        Path broken = dir.resolve("broken.json");
        RubricJson.export(SampleRubrics.broken(), broken);
        Run bad = new Run("rubric", "import", broken.toString());
        assertEquals(1, bad.exit, bad.toString());
        assertTrue(bad.out.contains("ERROR SUM_MISMATCH 1 （一）: Declares 10 points but its children sum to 3"), bad.out);
    }

    @Test
    void importOfMalformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rubric.json");
        Files.write(file, ("{\n  \"id\": \"x\", \"version\": \"1\", \"title\": \"t\",\n  \"points\": \"abc\",\n"
                + "  \"source\": \"s\", \"criteria\": []\n}").getBytes(StandardCharsets.UTF_8));
        Run r = new Run("rubric", "import", file.toString());
        assertEquals(1, r.exit, r.toString());
        assertEquals("kaoping: error: " + file + " line 3 column 13 ($.points): expected a number of points, got \"abc\"\n",
                r.err);
    }

    @Test
    void checkExitsOneOnErrorsAndZeroOtherwiseByIdOrFile(@TempDir Path dir) {
        Run ok = new Run("rubric", "check", SampleRubrics.FULL_ID);
        assertEquals(0, ok.exit, ok.toString());
        assertTrue(ok.out.contains("NOTICE ERRATUM 1.6 （一） 6、: Erratum: the source says 「（无分值）」"), ok.out);
        assertTrue(ok.out.endsWith("OK: the rubric can be used for scoring.\n"), ok.out);

        Run bad = new Run("rubric", "check", SampleRubrics.BROKEN_ID);
        assertEquals(1, bad.exit, bad.toString());
        assertTrue(bad.out.contains("ERROR NO_POINTS 1.2 （一） 2、"), bad.out);
        assertTrue(bad.out.contains("ERROR INVALID_RULE 1.2 （一） 2、: checklist has no requirements"), bad.out);

        Path file = dir.resolve("broken.json");
        RubricJson.export(SampleRubrics.broken(), file);
        Run byFile = new Run("rubric", "check", file.toString());
        assertEquals(1, byFile.exit, byFile.toString());
        assertTrue(byFile.out.startsWith("Rubric [sample-2016/broken]: 3 error(s)"), byFile.out);
    }

    @Test
    void rubricsDirOffersAnOfficesOwnFilesAndWarnsAboutBadOnes(@TempDir Path dir) throws Exception {
        String json = RubricJson.toJson(SampleRubrics.full()).replace("\"sample-2016/county\"", "\"office-2016/county\"");
        Files.write(dir.resolve("county.json"), json.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("typo.json"), "{\"id\": \"x\",}".getBytes(StandardCharsets.UTF_8));

        Run r = new Run("rubric", "list", "--rubrics-dir", dir.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.matches("(?s).*\noffice-2016/county +2016\\.1\\.0 +20 +json-directory +.*"), r.out);
        assertTrue(r.err.startsWith("kaoping: warning: rubric file left out: " + dir.resolve("typo.json")
                + " line 1 column 12 ($"), r.err);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"rubric", "--help"}, {"rubric", "list", "--help"},
                {"rubric", "show", "--help"}, {"rubric", "export", "--help"}, {"rubric", "import", "--help"},
                {"rubric", "check", "--help"}}) {
            Run r = new Run(args);
            assertEquals(0, r.exit, r.toString());
            String command = String.join(" ", java.util.Arrays.copyOf(args, args.length - 1));
            assertTrue(r.out.startsWith("Usage: kaoping" + (command.isEmpty() ? "" : " " + command)), r.out);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = new Run("rubric", "frobnicate");
        assertEquals(2, r.exit, r.toString());
        assertFalse(r.err.isEmpty());
        assertEquals(2, new Run("rubric", "show").exit, "missing ID");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
