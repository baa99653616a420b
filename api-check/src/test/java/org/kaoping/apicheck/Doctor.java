package org.kaoping.apicheck;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.ClassFile;
import javassist.bytecode.MethodInfo;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.EnumMemberValue;

/** Deliberate changes to copies of class files, for testing that the compatibility check sees them. */
final class Doctor {

    private Doctor() {
    }

    /** A copy of the classes with one class's methods of that name removed. */
    static Map<String, byte[]> withoutMethod(Map<String, byte[]> classes, String className, String method) {
        return edit(classes, className, cf -> {
            boolean removed = cf.getMethods().removeIf(m -> m.getName().equals(method));
            if (!removed) {
                throw new IllegalArgumentException(className + " has no method " + method);
            }
        });
    }

    /** A copy of the classes with one class's methods of that name returning another type. */
    static Map<String, byte[]> withReturnType(Map<String, byte[]> classes, String className, String method,
            String returnDescriptor) {
        return edit(classes, className, cf -> {
            for (MethodInfo m : cf.getMethods()) {
                if (m.getName().equals(method)) {
                    String d = m.getDescriptor();
                    m.setDescriptor(d.substring(0, d.indexOf(')') + 1) + returnDescriptor);
                }
            }
        });
    }

    /** A copy of the classes with one class's {@code @API} status replaced. */
    static Map<String, byte[]> withStatus(Map<String, byte[]> classes, String className, String status) {
        return edit(classes, className, cf -> {
            AnnotationsAttribute a = (AnnotationsAttribute) cf.getAttribute(AnnotationsAttribute.invisibleTag);
            Annotation api = a.getAnnotation(ApiStatus.ANNOTATION);
            EnumMemberValue value = (EnumMemberValue) api.getMemberValue("status");
            value.setValue(status);
            api.addMemberValue("status", value);
            a.addAnnotation(api);
        });
    }

    private interface Edit {
        void apply(ClassFile cf);
    }

    private static Map<String, byte[]> edit(Map<String, byte[]> classes, String className, Edit edit) {
        String entry = className.replace('.', '/') + ".class";
        byte[] original = classes.get(entry);
        if (original == null) {
            throw new IllegalArgumentException("no class " + className);
        }
        ClassFile cf = ClassFiles.read(original);
        edit.apply(cf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            cf.write(new DataOutputStream(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> copy = new TreeMap<>(classes);
        copy.put(entry, out.toByteArray());
        return copy;
    }
}
