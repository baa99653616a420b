package org.kaoping.examples.oa;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The layout of an OA export folder, as this example reads it.
 *
 * <ul>
 *   <li>{@code units.csv}: the organization directory, columns 单位编码, 单位名称, 单位类型, 上级单位编码,
 *       牵头部门编码;</li>
 *   <li>evidence, one file per kind and export run, named {@code <run>-<kind>.csv} where {@code <run>} is
 *       the run's stamp, e.g. {@code 20151231-metrics.csv}; kinds are {@code metrics}, {@code incidents},
 *       {@code documents} and {@code judgements}. Each run writes a stamp later than every earlier one,
 *       and files are never changed once written, so that reading the files in name order gives a list
 *       that only grows at its end.</li>
 * </ul>
 * Every file is CSV in GB18030 with a header row; columns are found by their Chinese header, so their
 * order does not matter and extra columns are ignored. Times are local times in China Standard Time.
 */
public final class OaExport {
    /** The system property holding the export folder, for providers found by discovery. */
    public static final String DIRECTORY_PROPERTY = "kaoping.oa.export.dir";

    /** The organization directory's file. */
    public static final String UNITS_FILE = "units.csv";

    /** The kinds of evidence file, in the order a run's files are read. */
    public static final List<String> EVIDENCE_KINDS = Collections.unmodifiableList(java.util.Arrays.asList(
            "metrics", "incidents", "documents", "judgements"));

    /** China Standard Time, in which the OA writes its times. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

    private OaExport() {}

    /**
     * The folder named by the system property {@value #DIRECTORY_PROPERTY}.
     *
     * @throws OaCsvFormatException if the property is not set
     */
    public static Path configuredDirectory() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir == null || dir.trim().isEmpty()) {
            throw new OaCsvFormatException("-D" + DIRECTORY_PROPERTY, 0, 0, null,
                    "is not set; set it to the OA export folder, or construct the adapter with the folder");
        }
        return Paths.get(dir.trim());
    }

    /**
     * The evidence files in {@code dir}, in reading order: by run stamp, then by kind as listed above.
     *
     * @throws OaCsvFormatException if the folder cannot be listed
     */
    static List<Path> evidenceFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*-*.csv")) {
            for (Path p : stream) {
                if (kindOf(p) != null) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new OaCsvFormatException(dir.toString(), "the OA export folder cannot be listed: " + e, e);
        }
        Collections.sort(files, (a, b) -> {
            int c = runOf(a).compareTo(runOf(b));
            return c != 0 ? c : Integer.compare(EVIDENCE_KINDS.indexOf(kindOf(a)), EVIDENCE_KINDS.indexOf(kindOf(b)));
        });
        return files;
    }

    /** The kind of an evidence file, or null if its name is not {@code <run>-<kind>.csv}. */
    static String kindOf(Path file) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (dash <= 0 || !name.endsWith(".csv")) {
            return null;
        }
        String kind = name.substring(dash + 1, name.length() - 4);
        return EVIDENCE_KINDS.contains(kind) ? kind : null;
    }

    private static String runOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }
}
