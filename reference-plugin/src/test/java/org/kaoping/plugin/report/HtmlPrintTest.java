package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.scoring.AppliedDeduction;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/**
 * Prints the HTML report in a real headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs where
 * missing) and reads the PDF back with PDFBox: every unit's scorecard is printed with its explanations expanded.
 * Skipped, saying why, where no browser can be found.
 */
class HtmlPrintTest {
    /** The browser: {@code $KAOPING_CHROMIUM}, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    static Optional<Path> chromium() {
        String configured = System.getenv("KAOPING_CHROMIUM");
        if (configured != null && Files.isExecutable(new File(configured).toPath())) {
            return Optional.of(new File(configured).toPath());
        }
        String path = System.getenv("PATH");
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
                Path p = new File(d, name).toPath();
                if (!d.isEmpty() && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether fontconfig lists a font for Chinese; true where fc-list cannot be run (nothing to tell). */
    static boolean hasChineseFont() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh").redirectErrorStream(true).start();
            byte[] out = readAll(p.getInputStream());
            return !p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.length > 0;
        } catch (java.io.IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static byte[] readAll(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    @DisplayName("printing the HTML report gives the rankings and every scorecard with its Chinese explanations expanded")
    void printedReportCarriesEveryLeafsExplanation(@TempDir Path dir) throws Exception {
        Optional<Path> browser = chromium();
        if (!browser.isPresent()) {
            String why = "HtmlPrintTest skipped: no headless Chromium found (KAOPING_CHROMIUM unset; no chromium, chromium-browser or"
                    + " google-chrome on PATH); .ci/run installs Debian's chromium where apt-get can";
            System.err.println(why);
            Assumptions.abort(why);
        }
        if (!hasChineseFont()) {
            String why = "HtmlPrintTest skipped: Chromium is there but fontconfig lists no Chinese font (fc-list :lang=zh is empty);"
                    + " .ci/run installs fonts-wqy-zenhei where apt-get can";
            System.err.println(why);
            Assumptions.abort(why);
        }
        ReportData all = ReportFixtures.demo();
        List<Scorecard> counties = new ArrayList<>();
        for (Scorecard c : all.scorecards()) {
            if (c.rubric().id().equals(Beihai2015.COUNTY_ID)) {
                counties.add(c);
            }
        }
        ReportData data = ReportData.builder().title(all.title()).tree(all.tree()).plan(all.plan()).scorecards(counties)
                .categoryLabels(all.categoryLabels()).build();
        Path html = dir.resolve("report.html");
        Files.write(html, HtmlReport.toBytes(data));
        Path pdf = dir.resolve("report.pdf");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "chromium printed within 3 minutes");
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 0,
                "chromium wrote the PDF; exit " + p.exitValue() + ", log: " + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = squeeze(text);

        // The last unit's last leaf, and a leaf with a deduction, in their Chinese wording.
        Scorecard last = data.scorecard(data.rankings().get(0).entries().get(data.rankings().get(0).entries().size() - 1).unitId());
        ScoreNode lastLeaf = null;
        String deductionReason = null;
        for (Scorecard c : counties) {
            for (ScoreNode n : c.nodes()) {
                if (!n.isLeaf() && !n.sectionDeductions().isPositive()) {
                    continue; // a section shows deductions filed against itself; its items explain the rest
                }
                if (c == last && n.isLeaf()) {
                    lastLeaf = n;
                }
                Explanation e = data.explanationOf(n, c.unitId());
                for (AppliedDeduction d : e.deductions()) {
                    if (deductionReason == null && !Wording.ZH_CN.deductionReason(d.reason()).equals(d.reason())) {
                        deductionReason = Wording.ZH_CN.deductionReason(d.reason());
                    }
                }
            }
        }
        List<String> lines = ChineseExplanation.lines(data.explanationOf(lastLeaf, last.unitId()), lastLeaf.criterion().rule().orElse(null),
                data.plan().blendFor(lastLeaf.id()), lastLeaf.points(), data.scale(), data::categoryName, Wording.ZH_CN, false);
        String rule = lines.get(0).substring(lines.get(0).indexOf('：') + 1);
        String arithmetic = lines.get(lines.size() - 1).substring(lines.get(lines.size() - 1).indexOf('：') + 1);
        assertTrue(flat.contains(squeeze(rule)) && flat.contains(squeeze(arithmetic)),
                "the last unit's last leaf [" + lastLeaf.id() + "] printed with its explanation: " + rule + " / " + arithmetic);
        assertTrue(deductionReason != null && flat.contains(squeeze(deductionReason)), "a late or missing report's reason printed: " + deductionReason);

        int leaves = 0;
        for (Scorecard c : counties) {
            for (ScoreNode n : c.nodes()) {
                leaves += n.isLeaf() ? 1 : 0;
            }
        }
        assertEquals(leaves, count(flat, "得分计算"), "every leaf of every scorecard printed expanded");
        assertTrue(flat.contains("合浦县") && flat.contains("等次分布"), "the rankings are printed");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
