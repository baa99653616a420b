/** The reference {@link org.kaoping.spi.AssessmentStore}s: an embedded journal directory, and any JDBC database. */
package org.kaoping.plugin.store;
