package org.kaoping.apicheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javassist.bytecode.AccessFlag;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.BadBytecode;
import javassist.bytecode.ClassFile;
import javassist.bytecode.Descriptor;
import javassist.bytecode.FieldInfo;
import javassist.bytecode.InnerClassesAttribute;
import javassist.bytecode.MethodInfo;
import javassist.bytecode.SignatureAttribute;

/**
 * The published surface of a set of class files: each class's effective {@code @API} status (its own, or that of
 * the type it is nested in), whether the compatibility check holds it, and a text listing of what it holds.
 */
final class PublishedSurface {

    private final Map<String, ClassFile> classes = new TreeMap<>();

    PublishedSurface(Map<String, byte[]> classFiles) {
        for (byte[] bytes : classFiles.values()) {
            ClassFile cf = ClassFiles.read(bytes);
            classes.put(cf.getName(), cf);
        }
    }

    /** The class names, sorted. */
    List<String> names() {
        return new ArrayList<>(classes.keySet());
    }

    /** The status a class has: its own, else the nearest enclosing type's; empty when none says any. */
    Optional<String> status(String className) {
        for (String name = className; ; name = name.substring(0, name.lastIndexOf('$'))) {
            ClassFile cf = classes.get(name);
            if (cf != null) {
                Optional<String> own = ApiStatus.of((AnnotationsAttribute) cf.getAttribute(AnnotationsAttribute.invisibleTag));
                if (own.isPresent()) {
                    return own;
                }
            }
            if (name.lastIndexOf('$') < 0) {
                return Optional.empty();
            }
        }
    }

    /**
     * Whether the check holds the class: public with every enclosing type public, outside {@code internal}
     * packages, and STABLE or DEPRECATED.
     */
    boolean held(String className) {
        if (!classes.containsKey(className) || ApiStatus.inInternalPackage(className) || !reachable(className)) {
            return false;
        }
        Optional<String> status = status(className);
        return status.isPresent() && ApiStatus.isHeld(status.get());
    }

    /** Whether a member's own status (if it has one) lets the check hold it. */
    static boolean memberHeld(AnnotationsAttribute invisible) {
        Optional<String> own = ApiStatus.of(invisible);
        return !own.isPresent() || ApiStatus.isHeld(own.get());
    }

    private boolean reachable(String className) {
        for (String name = className; ; name = name.substring(0, name.lastIndexOf('$'))) {
            if ((accessFlags(name) & AccessFlag.PUBLIC) == 0) {
                return false;
            }
            if (name.lastIndexOf('$') < 0) {
                return true;
            }
        }
    }

    /** A class's access flags, as declared for a nested class (in InnerClasses), else of the class file. */
    int accessFlags(String className) {
        ClassFile cf = classes.get(className);
        if (cf == null) {
            return 0;
        }
        InnerClassesAttribute inner = (InnerClassesAttribute) cf.getAttribute(InnerClassesAttribute.tag);
        if (inner != null) {
            for (int i = 0; i < inner.tableLength(); i++) {
                if (className.equals(inner.innerClass(i))) {
                    return inner.accessFlags(i);
                }
            }
        }
        return cf.getAccessFlags();
    }

    /**
     * The held surface as reviewable text: one line per held class (status, kind, supertypes) and one per public
     * or protected member, in a stable order. The baseline's listing is this text of the baseline's classes.
     */
    String listing() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ClassFile> e : classes.entrySet()) {
            String name = e.getKey();
            if (!held(name)) {
                continue;
            }
            ClassFile cf = e.getValue();
            int flags = accessFlags(name) & ~AccessFlag.SUPER;
            out.append(name).append(" [").append(status(name).get()).append("] ")
                    .append(AccessFlag.toModifier(flags) == 0 ? "" : javassist.Modifier.toString(AccessFlag.toModifier(flags)
                            & ~javassist.Modifier.INTERFACE & ~javassist.Modifier.ANNOTATION & ~javassist.Modifier.ENUM)
                            + " ")
                    .append(kind(flags));
            if (cf.getSuperclass() != null && !cf.getSuperclass().equals("java.lang.Object")
                    && !cf.getSuperclass().equals("java.lang.Enum")) {
                out.append(" extends ").append(cf.getSuperclass());
            }
            if (cf.getInterfaces().length > 0) {
                out.append(" implements ").append(String.join(", ", cf.getInterfaces()));
            }
            out.append('\n');
            List<String> members = new ArrayList<>();
            for (FieldInfo f : cf.getFields()) {
                if (visible(f.getAccessFlags())
                        && memberHeld((AnnotationsAttribute) f.getAttribute(AnnotationsAttribute.invisibleTag))) {
                    members.add("  field " + modifiers(f.getAccessFlags()) + f.getName() + ": " + fieldType(f));
                }
            }
            for (MethodInfo m : cf.getMethods()) {
                if (visible(m.getAccessFlags()) && (m.getAccessFlags() & (AccessFlag.SYNTHETIC | AccessFlag.BRIDGE)) == 0
                        && !m.getName().equals(MethodInfo.nameClinit)
                        && memberHeld((AnnotationsAttribute) m.getAttribute(AnnotationsAttribute.invisibleTag))) {
                    String[] shape = shape(m);
                    members.add(m.getName().equals(MethodInfo.nameInit)
                            ? "  constructor " + modifiers(m.getAccessFlags()) + shape[0] + shape[1]
                            : "  method " + modifiers(m.getAccessFlags()) + shape[0] + m.getName() + shape[1] + ": "
                                    + shape[2]);
                }
            }
            Collections.sort(members);
            for (String m : members) {
                out.append(m).append('\n');
            }
        }
        return out.toString();
    }

    /** A field's type, with its type arguments when it has any. */
    private static String fieldType(FieldInfo f) {
        SignatureAttribute generic = (SignatureAttribute) f.getAttribute(SignatureAttribute.tag);
        if (generic != null) {
            try {
                return SignatureAttribute.toFieldSignature(generic.getSignature()).toString();
            } catch (BadBytecode e) {
                // An unreadable signature is listed erased.
            }
        }
        return Descriptor.toClassName(f.getDescriptor());
    }

    /** A method's type parameters ("&lt;T&gt; " or ""), parameters and return type, generic where declared so. */
    private static String[] shape(MethodInfo m) {
        SignatureAttribute generic = (SignatureAttribute) m.getAttribute(SignatureAttribute.tag);
        if (generic != null) {
            try {
                SignatureAttribute.MethodSignature sig = SignatureAttribute.toMethodSignature(generic.getSignature());
                List<String> typeParams = new ArrayList<>();
                for (SignatureAttribute.TypeParameter t : sig.getTypeParameters()) {
                    typeParams.add(t.toString());
                }
                List<String> params = new ArrayList<>();
                for (SignatureAttribute.Type t : sig.getParameterTypes()) {
                    params.add(t.toString());
                }
                return new String[] {typeParams.isEmpty() ? "" : "<" + String.join(", ", typeParams) + "> ",
                        "(" + String.join(",", params) + ")", sig.getReturnType().toString()};
            } catch (BadBytecode e) {
                // An unreadable signature is listed erased.
            }
        }
        String d = m.getDescriptor();
        return new String[] {"", Descriptor.toString(d), Descriptor.toClassName(d.substring(d.indexOf(')') + 1))};
    }

    private static boolean visible(int flags) {
        return (flags & (AccessFlag.PUBLIC | AccessFlag.PROTECTED)) != 0;
    }

    private static String modifiers(int flags) {
        String m = javassist.Modifier.toString(AccessFlag.toModifier(flags & ~(AccessFlag.VARARGS | AccessFlag.TRANSIENT)));
        return m.isEmpty() ? "" : m + " ";
    }

    private static String kind(int flags) {
        if ((flags & AccessFlag.ANNOTATION) != 0) {
            return "@interface";
        }
        if ((flags & AccessFlag.INTERFACE) != 0) {
            return "interface";
        }
        if ((flags & AccessFlag.ENUM) != 0) {
            return "enum";
        }
        return "class";
    }
}
