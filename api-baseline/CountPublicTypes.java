import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts the public top-level types of compiled modules and their {@code @API} status (public classes that
 * Immutables generated are counted apart: they take their value type's status), reading class files
 * only (JDK alone, no build tool): {@code java api-baseline/CountPublicTypes.java core spi ...} after
 * {@code ./mvnw -q package -DskipTests}. With {@code --list} it also prints each public type and its status.
 */
public class CountPublicTypes {

    private static final String API = "Lorg/kaoping/core/api/API;";

    public static void main(String[] args) throws IOException {
        boolean list = false;
        List<String> modules = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--list")) {
                list = true;
            } else {
                modules.add(a);
            }
        }
        System.out.printf("%-22s %6s %6s %10s %7s %7s %9s %8s %10s%n",
                "module", "types", "public", "generated", "STABLE", "EXPER.", "INTERNAL", "DEPREC.", "no status");
        for (String module : modules) {
            Path classes = Paths.get(module, "target", "classes");
            if (!Files.isDirectory(classes)) {
                throw new IllegalStateException(classes + " is missing: run ./mvnw -q package -DskipTests first");
            }
            int types = 0;
            Map<String, Integer> byStatus = new TreeMap<>();
            List<String> lines = new ArrayList<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).sorted().collect(java.util.stream.Collectors.toList());
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.contains("$") || name.equals("package-info.class") || name.equals("module-info.class")) {
                    continue;
                }
                types++;
                String[] info = read(file);
                if (info == null) {
                    continue;
                }
                String status = info[1] == null ? "none" : info[1];
                byStatus.merge(status, 1, Integer::sum);
                lines.add("  " + status + " " + info[0]);
            }
            int pub = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%-22s %6d %6d %10d %7d %7d %9d %8d %10d%n", module, types, pub,
                    byStatus.getOrDefault("generated", 0),
                    byStatus.getOrDefault("STABLE", 0), byStatus.getOrDefault("EXPERIMENTAL", 0),
                    byStatus.getOrDefault("INTERNAL", 0), byStatus.getOrDefault("DEPRECATED", 0),
                    byStatus.getOrDefault("none", 0));
            if (list) {
                lines.forEach(System.out::println);
            }
        }
    }

    /** Returns {class name, status or null} for a public class, null for a non-public one. */
    private static String[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            Object[] pool = new Object[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: pool[i] = in.readUTF(); break;
                    case 3: case 4: in.readInt(); break;
                    case 5: case 6: in.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: pool[i] = in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    default: throw new IOException(file + ": unknown constant tag " + tag);
                }
            }
            int access = in.readUnsignedShort();
            String name = ((String) pool[(Integer) pool[in.readUnsignedShort()]]).replace('/', '.');
            if ((access & 0x0001) == 0) {
                return null;
            }
            int superIndex = in.readUnsignedShort();
            List<String> supertypes = new ArrayList<>();
            if (superIndex != 0) {
                supertypes.add(((String) pool[(Integer) pool[superIndex]]).replace('/', '.'));
            }
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                supertypes.add(((String) pool[(Integer) pool[in.readUnsignedShort()]]).replace('/', '.'));
            }
            // Immutables' p.ImmutableX extends or implements p.X (Kaoping's style keeps it free of annotations).
            int dot = name.lastIndexOf('.');
            if (name.startsWith("Immutable", dot + 1)
                    && supertypes.contains(name.substring(0, dot + 1) + name.substring(dot + 1 + "Immutable".length()))) {
                return new String[] {name, "generated"};
            }
            for (int part = 0; part < 2; part++) {
                int members = in.readUnsignedShort();
                for (int m = 0; m < members; m++) {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    int attributes = in.readUnsignedShort();
                    for (int a = 0; a < attributes; a++) {
                        in.readUnsignedShort();
                        in.skipNBytes(in.readInt() & 0xffffffffL);
                    }
                }
            }
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if (!attribute.equals("RuntimeInvisibleAnnotations")) {
                    in.skipNBytes(length);
                    continue;
                }
                int annotations = in.readUnsignedShort();
                for (int n = 0; n < annotations; n++) {
                    String type = (String) pool[in.readUnsignedShort()];
                    int pairs = in.readUnsignedShort();
                    String status = null;
                    for (int p = 0; p < pairs; p++) {
                        String element = (String) pool[in.readUnsignedShort()];
                        String value = skipValue(in, pool);
                        if (element.equals("status")) {
                            status = value;
                        }
                    }
                    if (type.equals(API)) {
                        return new String[] {name, status};
                    }
                }
            }
            return new String[] {name, null};
        }
    }

    /** Skips one element value, returning an enum constant's name (else null). */
    private static String skipValue(DataInputStream in, Object[] pool) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'e':
                in.readUnsignedShort();
                return (String) pool[in.readUnsignedShort()];
            case '@':
                in.readUnsignedShort();
                int pairs = in.readUnsignedShort();
                for (int p = 0; p < pairs; p++) {
                    in.readUnsignedShort();
                    skipValue(in, pool);
                }
                return null;
            case '[':
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    skipValue(in, pool);
                }
                return null;
            default:
                in.readUnsignedShort();
                return null;
        }
    }
}
