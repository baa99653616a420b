/** A host application's tests: every Kaoping artifact beside the host's old Jackson and Guava. */
package org.kaoping.host;
