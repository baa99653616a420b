package org.kaoping.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The status of a public type or member in Kaoping's published surface, in the spirit of JUnit 5's
 * {@code @API}: what a host or adapter author may rely on, and for how long. Kept in class files (not at
 * run time), so that the build's compatibility check can read it; Kaoping needs nothing of it at run time.
 *
 * <p>A member without the annotation has the status of its type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
@API(status = API.Status.STABLE)
public @interface API {

    /** How far the annotated element may be relied on. */
    Status status();

    /** The version in which the element reached its status, e.g. {@code "0.1"}. */
    String since() default "0.1";

    /** The statuses of the published surface. */
    enum Status {
        /**
         * Part of the published API: a breaking change to it fails the build's compatibility check and
         * happens only in a new major version.
         */
        STABLE,
        /**
         * Published for trial: usable by hosts, but may change in any minor version; the compatibility check
         * does not hold it.
         */
        EXPERIMENTAL,
        /**
         * Public only because Java needs it to be (used across Kaoping's own packages or modules); not for
         * hosts, may change or go in any version.
         */
        INTERNAL,
        /** Still works, will go in the next major version; its Javadoc names the replacement. */
        DEPRECATED
    }
}
