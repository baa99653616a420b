/**
 * Spring Boot auto-configuration that builds and runs the Kaoping runtime from a host application's beans and
 * {@code kaoping.*} properties.
 *
 * <p>Java 8 class files, compiled against Spring Boot 2.7, using only APIs that Spring Boot 2.7 and 3.x share: the
 * same jar serves a Java 8 server on Boot 2.7 and a Boot 3 application. A host reloads the org directory by publishing
 * a {@link org.kaoping.spring.boot.KaopingOrgDirectoryChangedEvent}.
 */
package org.kaoping.spring.boot;
