package org.kaoping.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reflective scan of issue 18.2 over a module's compiled classes: which public signatures name a generated
 * {@code Immutable*} class, which values can be built or extended from outside, which validations are public. One
 * copy, used for core and spi by {@link ValueSurfaceTest}.
 */
final class ValueSurface {
    private ValueSurface() {}

    /** Every class compiled into the same classes directory (or jar root) as {@code anchor}. */
    static List<Class<?>> typesBeside(Class<?> anchor) {
        try {
            Path location = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> out = new ArrayList<>();
            // a classes directory when run from the IDE or `test`, the module's jar when `verify` resolves it
            try (java.nio.file.FileSystem jar = Files.isDirectory(location) ? null
                    : java.nio.file.FileSystems.newFileSystem(location, (ClassLoader) null);
                    Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
                Path root = jar == null ? location : jar.getPath("/");
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                    if (!name.endsWith("package-info") && !name.equals("module-info")) {
                        out.add(Class.forName(name, false, anchor.getClassLoader()));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public here means reachable: the type and every type enclosing it are public. */
    static boolean published(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !c.isSynthetic() && !c.isAnonymousClass();
    }

    static boolean generated(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (t.getSimpleName().startsWith("Immutable") && t.getName().startsWith("org.kaoping.")) {
                return true;
            }
        }
        return false;
    }

    static boolean mentionsGenerated(Type t) {
        if (t instanceof Class) {
            return generated((Class<?>) t);
        }
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            if (mentionsGenerated(p.getRawType()) || (p.getOwnerType() != null && mentionsGenerated(p.getOwnerType()))) {
                return true;
            }
            for (Type a : p.getActualTypeArguments()) {
                if (mentionsGenerated(a)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof WildcardType) {
            for (Type b : ((WildcardType) t).getUpperBounds()) {
                if (mentionsGenerated(b)) {
                    return true;
                }
            }
            for (Type b : ((WildcardType) t).getLowerBounds()) {
                if (mentionsGenerated(b)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof GenericArrayType) {
            return mentionsGenerated(((GenericArrayType) t).getGenericComponentType());
        }
        return false;
    }

    static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    /**
     * The values: public abstract classes with a generated {@code Immutable<Name>} beside them. The one
     * generated type a public type may extend is the package-private builder its nested {@code Builder} re-exports.
     */
    static List<Class<?>> values(List<Class<?>> types) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : types) {
            if (published(c) && !c.isInterface() && Modifier.isAbstract(c.getModifiers()) && c.getEnclosingClass() == null
                    && types.stream().anyMatch(g -> g.getName().equals(c.getPackage().getName() + ".Immutable" + c.getSimpleName()))) {
                out.add(c);
            }
        }
        return out;
    }

    static TreeSet<String> signaturesNamingGeneratedTypes(List<Class<?>> types) {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> c : types) {
            if (!published(c)) {
                continue;
            }
            Type superclass = c.getGenericSuperclass();
            boolean builderReexport = c.getSimpleName().equals("Builder") && c.getSuperclass() != null
                    && !published(c.getSuperclass())
                    && c.getSuperclass().getName().equals(c.getEnclosingClass().getPackage().getName() + ".Immutable"
                            + c.getEnclosingClass().getSimpleName() + "$Builder");
            if (superclass != null && !builderReexport && mentionsGenerated(superclass)) {
                found.add(c.getName() + " extends " + superclass.getTypeName());
            }
            for (Type i : c.getGenericInterfaces()) {
                if (mentionsGenerated(i)) {
                    found.add(c.getName() + " implements " + i.getTypeName());
                }
            }
            for (Method m : c.getMethods()) {
                check(found, c, m, m.getGenericReturnType(), m.getGenericParameterTypes(), m.getGenericExceptionTypes());
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isProtected(m.getModifiers())) {
                    check(found, c, m, m.getGenericReturnType(), m.getGenericParameterTypes(), m.getGenericExceptionTypes());
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k)) {
                    check(found, c, k, void.class, k.getGenericParameterTypes(), k.getGenericExceptionTypes());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f) && mentionsGenerated(f.getGenericType())) {
                    found.add(c.getName() + "." + f.getName() + ": " + f.getGenericType().getTypeName());
                }
            }
        }
        return found;
    }

    private static void check(TreeSet<String> found, Class<?> owner, Member m, Type result, Type[] parameters, Type[] thrown) {
        List<Type> all = new ArrayList<>();
        all.add(result);
        for (Type t : parameters) {
            all.add(t);
        }
        for (Type t : thrown) {
            all.add(t);
        }
        for (Type t : all) {
            if (mentionsGenerated(t)) {
                found.add(owner.getName() + " " + m + " names " + t.getTypeName());
            }
        }
    }

    /** Values whose constructors are public ({@code publicOnly}), or public or protected. */
    static TreeSet<String> valuesWithConstructors(List<Class<?>> types, boolean publicOnly) {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> v : values(types)) {
            for (Constructor<?> k : v.getDeclaredConstructors()) {
                if (publicOnly ? Modifier.isPublic(k.getModifiers()) : visible(k)) {
                    found.add(v.getName() + " " + k);
                }
            }
        }
        return found;
    }

    static TreeSet<String> buildersWithPublicConstructors(List<Class<?>> types) {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> v : values(types)) {
            for (Class<?> nested : v.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Builder")) {
                    for (Constructor<?> k : nested.getDeclaredConstructors()) {
                        if (visible(k)) {
                            found.add(nested.getName() + " " + k);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Values declaring a visible {@code check()}: validation belongs to the value, not to its callers. */
    static TreeSet<String> publicChecks(List<Class<?>> types) {
        TreeSet<String> found = new TreeSet<>();
        for (Class<?> v : values(types)) {
            for (Method m : v.getDeclaredMethods()) {
                if (m.getName().equals("check") && m.getParameterCount() == 0 && visible(m)) {
                    found.add(v.getName() + " " + m);
                }
            }
        }
        return found;
    }
}
