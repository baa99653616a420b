package org.kaoping.plugin.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.plugin.report.Reports;
import org.kaoping.spi.Publication;
import org.kaoping.spi.ResultSink;

/**
 * A {@link ResultSink} that writes the organization department's export ({@link CadreExport}) of every publication into a
 * folder: {@code 干部述职考核-考评结果-<plan>.csv} and {@code .xlsx}, each by a rename of a complete temporary file. The
 * leading cadres come from the org tree it is given when it publishes (the host's directory), the rectification items
 * (整改) from the supplier it is given ({@code kaoping::rectifications}). Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CadreExportSink implements ResultSink {
    /** The provider id. */
    public static final String ID = "cadre-export";

    private final Path dir;
    private final Supplier<OrgTree> tree;
    private final Map<String, String> labels;
    private final boolean synthetic;
    private final Supplier<? extends Collection<Rectification>> rectifications;
    private final AtomicReference<Publication> last = new AtomicReference<>();
    /** Whether a publication is written when it is published, or only by {@link #rewrite()}. */
    private final boolean writeOnPublish;

    private CadreExportSink(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic,
            Supplier<? extends Collection<Rectification>> rectifications) {
        this(dir, tree, labels, synthetic, rectifications, true);
    }

    private CadreExportSink(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic,
            Supplier<? extends Collection<Rectification>> rectifications, boolean writeOnPublish) {
        this.writeOnPublish = writeOnPublish;
        this.dir = Objects.requireNonNull(dir, "dir must not be null");
        this.tree = Objects.requireNonNull(tree, "tree must not be null");
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.synthetic = synthetic;
        this.rectifications = Objects.requireNonNull(rectifications, "rectifications must not be null");
    }

    /**
     * Writes into {@code dir}, the cadres from {@code tree} (asked at each publication), veto categories named by
     * {@code labels}, titled 示例数据 when {@code synthetic}.
     */
    public static CadreExportSink open(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic) {
        return new CadreExportSink(dir, tree, labels, synthetic, Collections::<Rectification>emptyList);
    }

    /**
     * As {@link #open(Path, Supplier, Map, boolean)}, with the rectification items (整改) asked at each publication, e.g.
     * {@code kaoping::rectifications}: the export counts each unit's items not yet verified.
     */
    public static CadreExportSink open(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic,
            Supplier<? extends Collection<Rectification>> rectifications) {
        return new CadreExportSink(dir, tree, labels, synthetic, rectifications);
    }

    /**
     * As {@link #open(Path, Supplier, Map, boolean, Supplier)}, but a publication is only kept, not written, until
     * {@link #rewrite()}: for a host that opens the rectification items after publishing and writes the export once
     * with them (the Beihai demo), rather than once at publication and again at once.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static CadreExportSink openDeferred(Path dir, Supplier<OrgTree> tree, Map<String, String> labels, boolean synthetic,
            Supplier<? extends Collection<Rectification>> rectifications) {
        return new CadreExportSink(dir, tree, labels, synthetic, rectifications, false);
    }

    /**
     * Writes the last publication again, with the rectification items as they are now (items are opened after the
     * results are published, and change as units rectify).
     *
     * @return whether there was a publication to write
     */
    public boolean rewrite() {
        Publication p = last.get();
        if (p == null) {
            return false;
        }
        write(p);
        return true;
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
        last.set(publication);
        if (writeOnPublish) {
            write(publication);
        }
    }

    private void write(Publication publication) {
        OrgTree t = tree.get();
        List<Rectification> items = new ArrayList<>(rectifications.get());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(csvFile(publication.planId()).getFileName().toString(), CadreExport.toCsv(publication, t, labels, items, synthetic));
        files.put(xlsxFile(publication.planId()).getFileName().toString(), CadreExport.toXlsx(publication, t, labels, items, synthetic));
        Reports.writeFiles(dir, files);
    }
}
