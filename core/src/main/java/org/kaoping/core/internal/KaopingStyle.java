package org.kaoping.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * The Immutables style of every Kaoping value type: generated code uses only the JDK, so the shipped
 * jars need nothing at run time; the generated {@code Immutable*} classes are package-private and every
 * factory and builder returns the value type itself, so that no public signature names a generated type
 * (a value with a builder declares it as {@code X.Builder extends ImmutableX.Builder}).
 */
@API(status = API.Status.INTERNAL)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false),
        depluralize = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true)
public @interface KaopingStyle {}
