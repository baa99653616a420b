package org.kaoping.plugin.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;

/**
 * Writes the four report files, {@value #HTML}, {@value #CSV}, {@value #XLSX} and {@value #JSON}, into a directory. All four
 * are rendered in memory first, then each is written to a temporary file beside its target, forced to disk
 * and only then moved into place; if anything fails, no target is touched by a half-written file.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Reports {
    public static final String HTML = "report.html";
    public static final String CSV = "results.csv";
    public static final String JSON = "results.json";
    public static final String XLSX = "results.xlsx";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Reports() {}

    /**
     * Renders and writes the reports into {@code dir}, creating it if needed; returns the files written.
     *
     * @throws UncheckedIOException if the directory cannot be created or a file cannot be written
     */
    public static List<Path> writeAll(ReportData data, Path dir) {
        // The HTML report is the largest: render the JSON and the workbook on two more threads meanwhile.
        java.util.concurrent.FutureTask<byte[]> json = background(JSON, () -> JsonReport.toBytes(data));
        java.util.concurrent.FutureTask<byte[]> xlsx = background(XLSX, () -> XlsxReport.toBytes(data));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(HTML, HtmlReport.toBytes(data));
        files.put(CSV, CsvReport.toBytes(data));
        files.put(XLSX, await(XLSX, xlsx));
        files.put(JSON, await(JSON, json));
        return writeFiles(dir, files);
    }

    private static java.util.concurrent.FutureTask<byte[]> background(String name, java.util.concurrent.Callable<byte[]> render) {
        java.util.concurrent.FutureTask<byte[]> task = new java.util.concurrent.FutureTask<>(render);
        Thread t = new Thread(task, "kaoping-report-" + name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static byte[] await(String name, java.util.concurrent.FutureTask<byte[]> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + name, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException("Cannot render " + name + ": " + c, c);
        }
    }

    /**
     * Writes {@code files} (name → bytes) into {@code dir}, creating it if needed: all to temporary files first, forced to
     * disk, then each moved into place.
     *
     * @throws UncheckedIOException naming the report file (not only its temporary file) and the reason, if the folder
     *     cannot be created, a target exists and is not a regular file (nothing is then replaced), or a file cannot be
     *     written or moved
     */
    public static List<Path> writeFiles(Path dir, Map<String, byte[]> files) {
        return writeFiles(dir, files, true);
    }

    /**
     * Writes {@code files} like {@link #writeFiles(Path, Map)}; with {@code durable} false the temporary files are not
     * forced to disk before the move (for scratch output such as the demo's generated evidence).
     */
    public static List<Path> writeFiles(Path dir, Map<String, byte[]> files, boolean durable) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the report folder [" + dir + "]: " + reason(e), e);
        }
        for (String name : files.keySet()) {
            refuseIfNotRegular(dir.resolve(name));
        }
        List<Path> temps = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                // Not Files.createTempFile: its owner-only permissions would stick to the report after the move.
                Path tmp = dir.resolve("." + f.getKey() + "." + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                    temps.add(tmp);
                    ByteBuffer buf = ByteBuffer.wrap(f.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    if (durable) {
                        ch.force(true);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write report [" + target + "] (through the temporary file [" + tmp + "]): "
                            + reason(e) + "; no report was replaced", e);
                }
            }
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                try {
                    try {
                        Files.move(temps.get(i), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot move report [" + target + "] into place (from the temporary file [" + temps.get(i)
                            + "]): " + reason(e) + (written.isEmpty() ? "; no report was replaced" : "; already replaced: " + written), e);
                }
                written.add(target);
                i++;
            }
            return Collections.unmodifiableList(written);
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden .tmp file is harmless
                }
            }
        }
    }

    /** Refuses a target that exists and is not a regular file: a report never replaces a directory, link or device. */
    private static void refuseIfNotRegular(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                String m = "Cannot write report [" + target + "]: it is "
                        + (a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a directory" : "a device node, FIFO or socket")
                        + ", not a regular file; no report was replaced";
                throw new UncheckedIOException(m, new IOException(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write report [" + target + "]: " + reason(e) + "; no report was replaced", e);
        }
    }

    /** Why an I/O operation failed, without repeating the paths the caller names: the file system's reason or the exception's kind. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            String r = ((FileSystemException) e).getReason();
            return r != null ? r : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
