/** Spring Boot auto-configuration that builds and runs the Kaoping runtime from a host application's beans and {@code kaoping.*} properties. */
package org.kaoping.spring.boot;
