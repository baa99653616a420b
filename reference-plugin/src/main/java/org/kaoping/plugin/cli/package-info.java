/** The {@code kaoping} command line, built with picocli (relocated inside the shaded jar). */
package org.kaoping.plugin.cli;
