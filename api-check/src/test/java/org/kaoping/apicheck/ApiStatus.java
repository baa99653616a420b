package org.kaoping.apicheck;

import java.util.Optional;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.EnumMemberValue;

/**
 * Reads the {@code @org.kaoping.core.api.API} status of a class or member from its class file (the annotation
 * has class retention: it is in RuntimeInvisibleAnnotations and never loaded at run time).
 */
final class ApiStatus {

    static final String ANNOTATION = "org.kaoping.core.api.API";

    private ApiStatus() {
    }

    /** The status named in an attribute of a class or member, if any. */
    static Optional<String> of(AnnotationsAttribute invisible) {
        if (invisible == null) {
            return Optional.empty();
        }
        Annotation api = invisible.getAnnotation(ANNOTATION);
        if (api == null) {
            return Optional.empty();
        }
        EnumMemberValue status = (EnumMemberValue) api.getMemberValue("status");
        return Optional.of(status.getValue());
    }

    /** Whether a status is held by the compatibility check: STABLE, and DEPRECATED until it goes. */
    static boolean isHeld(String status) {
        return status.equals("STABLE") || status.equals("DEPRECATED");
    }

    /** Whether a class name lies in an {@code internal} package, which is never API whatever it says. */
    static boolean inInternalPackage(String className) {
        return ("." + className).contains(".internal.");
    }
}
