package org.kaoping.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javassist.bytecode.AccessFlag;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.ClassFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public top-level type of a shipped module says how far hosts may rely on it ({@code @API(status = ...)}),
 * so that a new public type without a status fails the build. Classes that Immutables generates take the status of
 * their value type and are not counted.
 */
class EveryPublicTypeHasAStatusTest {

    static List<String> modules() {
        return ShippedModules.NAMES;
    }

    /** Public top-level types of a module (not generated), with their own status if any. */
    static Map<String, Optional<String>> publicTypes(String module) {
        Map<String, Optional<String>> out = new java.util.TreeMap<>();
        for (byte[] bytes : ClassFiles.fromFolder(ShippedModules.classes(module)).values()) {
            ClassFile cf = ClassFiles.read(bytes);
            String name = cf.getName();
            if (name.contains("$") || name.endsWith(".package-info") || (cf.getAccessFlags() & AccessFlag.PUBLIC) == 0
                    || isGenerated(cf)) {
                continue;
            }
            out.put(name, ApiStatus.of((AnnotationsAttribute) cf.getAttribute(AnnotationsAttribute.invisibleTag)));
        }
        return out;
    }

    /**
     * Whether Immutables generated the class: {@code p.ImmutableX} extending or implementing {@code p.X}. (Kaoping's
     * style keeps generated code free of annotations, so the name and the supertype are what tell.)
     */
    static boolean isGenerated(ClassFile cf) {
        String name = cf.getName();
        int dot = name.lastIndexOf('.');
        String simple = name.substring(dot + 1);
        if (!simple.startsWith("Immutable")) {
            return false;
        }
        String value = name.substring(0, dot + 1) + simple.substring("Immutable".length());
        return value.equals(cf.getSuperclass()) || java.util.Arrays.asList(cf.getInterfaces()).contains(value);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void everyPublicTypeHasAStatus(String module) {
        Set<String> pending = PendingStatus.names();
        List<String> without = new ArrayList<>();
        publicTypes(module).forEach((name, status) -> {
            if (!status.isPresent() && !pending.contains(name)) {
                without.add(name);
            }
        });

        assertEquals(new ArrayList<String>(), without,
                "public types without @org.kaoping.core.api.API(status = ...): add one (EXPERIMENTAL for new features,"
                        + " INTERNAL if only Kaoping's modules use it), or make the type package-private");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noPendingTypeHasAStatusAlready(String module) {
        Set<String> pending = PendingStatus.names();
        List<String> stale = new ArrayList<>();
        publicTypes(module).forEach((name, status) -> {
            if (status.isPresent() && pending.contains(name)) {
                stale.add(name);
            }
        });

        assertEquals(new ArrayList<String>(), stale,
                "these types have a status now: delete their lines from api-baseline/pending-status.txt");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void typesInInternalPackagesAreInternal(String module) {
        List<String> wrong = new ArrayList<>();
        publicTypes(module).forEach((name, status) -> {
            if (ApiStatus.inInternalPackage(name) && status.isPresent() && !status.get().equals("INTERNAL")) {
                wrong.add(name + " " + status.get());
            }
        });

        assertEquals(new ArrayList<String>(), wrong, "an internal package holds only INTERNAL types");
    }
}
