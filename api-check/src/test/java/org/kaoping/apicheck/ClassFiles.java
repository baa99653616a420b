package org.kaoping.apicheck;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javassist.bytecode.ClassFile;
import javassist.bytecode.MethodInfo;

/** Class files as a sorted map from entry name ({@code org/kaoping/X.class}) to bytes, to and from jars. */
final class ClassFiles {

    /** A fixed time for every jar entry, so that the same classes always make the same baseline bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private ClassFiles() {
    }

    /** Every class file under a folder of compiled classes. */
    static Map<String, byte[]> fromFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, byte[]> out = new TreeMap<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
                String entry = folder.relativize(file).toString().replace('\\', '/');
                if (!entry.endsWith("module-info.class")) {
                    out.put(entry, Files.readAllBytes(file));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every class file of a jar. */
    static Map<String, byte[]> fromJar(byte[] jar) {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".class")) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar of the class files, entries sorted and with a fixed time (the same input gives the same bytes). */
    static byte[] toJar(Map<String, byte[]> classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
                ZipEntry entry = new ZipEntry(c.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(c.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The class file without method bodies: all that a signature comparison needs, a third of the size. */
    static byte[] stub(byte[] classFile) {
        try {
            ClassFile cf = new ClassFile(new DataInputStream(new ByteArrayInputStream(classFile)));
            for (MethodInfo method : cf.getMethods()) {
                method.removeCodeAttribute();
            }
            cf.removeAttribute("SourceFile");
            // Also drops the constant-pool entries that only the method bodies used.
            cf.compact();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            cf.write(new DataOutputStream(out));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one class file. */
    static ClassFile read(byte[] classFile) {
        try {
            return new ClassFile(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
