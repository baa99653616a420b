package org.kaoping.plugin.review;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.plugin.report.Reports;
import org.kaoping.spi.Publication;
import org.kaoping.spi.ResultSink;

/**
 * A {@link ResultSink} that writes the organization department's export ({@link CadreExport}) of every publication into a
 * folder: {@code 干部述职考核-考评结果-<plan>.csv} and {@code .xlsx}, each by a rename of a complete temporary file. The
 * leading cadres come from the org tree it is given when it publishes (the host's directory). Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CadreExportSink implements ResultSink {
    /** The provider id. */
    public static final String ID = "cadre-export";

    private final Path dir;
    private final Supplier<OrgTree> tree;
    private final Map<String, String> labels;
    private final boolean synthetic;

    private CadreExportSink(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic) {
        this.dir = Objects.requireNonNull(dir, "dir must not be null");
        this.tree = Objects.requireNonNull(tree, "tree must not be null");
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.synthetic = synthetic;
    }

    /**
     * Writes into {@code dir}, the cadres from {@code tree} (asked at each publication), veto categories named by
     * {@code labels}, titled 示例数据 when {@code synthetic}.
     */
    public static CadreExportSink open(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic) {
        return new CadreExportSink(dir, tree, labels, synthetic);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The CSV file a publication of {@code planId} goes to. */
    public Path csvFile(String planId) {
        return dir.resolve(fileName(planId) + ".csv");
    }

    /** The workbook a publication of {@code planId} goes to. */
    public Path xlsxFile(String planId) {
        return dir.resolve(fileName(planId) + ".xlsx");
    }

    private static String fileName(String planId) {
        return CadreExport.BASE_NAME + "-" + planId.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    @Override
    public void publish(Publication publication) {
        OrgTree t = tree.get();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(csvFile(publication.planId()).getFileName().toString(), CadreExport.toCsv(publication, t, labels, synthetic));
        files.put(xlsxFile(publication.planId()).getFileName().toString(), CadreExport.toXlsx(publication, t, labels, synthetic));
        Reports.writeFiles(dir, files);
    }
}
