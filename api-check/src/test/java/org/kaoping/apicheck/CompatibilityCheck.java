package org.kaoping.apicheck;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import japicmp.model.JApiField;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javassist.bytecode.AnnotationsAttribute;

/**
 * The compatibility check: japicmp compares the baseline's class files with the current ones, and every binary-
 * or source-incompatible change to a class that the baseline holds (STABLE or DEPRECATED, public, outside
 * {@code internal} packages; members with an own non-held status excepted) is a break. Lowering a held type's
 * status (STABLE to EXPERIMENTAL or INTERNAL) is a break too. EXPERIMENTAL and INTERNAL types are free to change.
 */
final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /**
     * The breaks between two versions of the same modules, one line each ("class: what"), sorted; empty when
     * every held type is compatible.
     *
     * @param baseline module name to its class files as published on purpose
     * @param current module name to its class files now
     */
    static List<String> breaks(Map<String, Map<String, byte[]>> baseline, Map<String, Map<String, byte[]>> current) {
        Map<String, byte[]> allOld = new TreeMap<>();
        baseline.values().forEach(allOld::putAll);
        Map<String, byte[]> allNew = new TreeMap<>();
        current.values().forEach(allNew::putAll);
        PublishedSurface before = new PublishedSurface(allOld);
        PublishedSurface after = new PublishedSurface(allNew);

        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PROTECTED);
        options.setIncludeSynthetic(false);
        // Third-party supertypes (Spring's, the JDK's are found) are not on this classpath: they are not Kaoping's
        // surface, and Kaoping's own types are all in the archives.
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiCmpArchive> oldArchives = new ArrayList<>();
        baseline.forEach((module, classes) -> oldArchives.add(new JApiCmpArchive(ClassFiles.toJar(classes), module, "0.0.1")));
        List<JApiCmpArchive> newArchives = new ArrayList<>();
        current.forEach((module, classes) -> newArchives.add(new JApiCmpArchive(ClassFiles.toJar(classes), module, "0.0.2")));
        List<JApiClass> compared = new JarArchiveComparator(options).compare(oldArchives, newArchives);

        List<String> breaks = new ArrayList<>();
        for (JApiClass type : compared) {
            String name = type.getFullyQualifiedName();
            if (!type.getOldClass().isPresent() || !before.held(name)) {
                continue;
            }
            String was = before.status(name).get();
            Optional<String> now = after.status(name);
            if (after.names().contains(name) && (!now.isPresent() || !ApiStatus.isHeld(now.get()))) {
                breaks.add(name + ": status lowered from " + was + " to " + now.orElse("none"));
            }
            collect(breaks, name, type);
            if (!type.getNewClass().isPresent()) {
                continue;
            }
            collect(breaks, name + " superclass", type.getSuperclass());
            for (JApiImplementedInterface i : type.getInterfaces()) {
                collect(breaks, name + " implements " + i.getFullyQualifiedName(), i);
            }
            for (JApiMethod m : type.getMethods()) {
                if (!m.getOldMethod().isPresent() || PublishedSurface.memberHeld((AnnotationsAttribute)
                        m.getOldMethod().get().getMethodInfo2().getAttribute(AnnotationsAttribute.invisibleTag))) {
                    collect(breaks, name + "." + m.getName() + m.getOldMethod().map(x -> x.getSignature()).orElse(""), m);
                }
            }
            for (JApiConstructor c : type.getConstructors()) {
                if (!c.getOldConstructor().isPresent() || PublishedSurface.memberHeld((AnnotationsAttribute)
                        c.getOldConstructor().get().getMethodInfo2().getAttribute(AnnotationsAttribute.invisibleTag))) {
                    collect(breaks, name + ".<init>" + c.getOldConstructor().map(x -> x.getSignature()).orElse(""), c);
                }
            }
            for (JApiField f : type.getFields()) {
                if (!f.getOldFieldOptional().isPresent() || PublishedSurface.memberHeld((AnnotationsAttribute)
                        f.getOldFieldOptional().get().getFieldInfo2().getAttribute(AnnotationsAttribute.invisibleTag))) {
                    collect(breaks, name + "." + f.getName(), f);
                }
            }
        }
        breaks.sort(null);
        return breaks;
    }

    private static void collect(List<String> breaks, String where, JApiCompatibility element) {
        for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
            if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
                breaks.add(where + ": " + change.getType()
                        + (change.isBinaryCompatible() ? " (source-incompatible)" : " (binary-incompatible)"));
            }
        }
    }
}
