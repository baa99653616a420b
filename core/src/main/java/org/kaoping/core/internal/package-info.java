/** Internal support for Kaoping's own modules; not public API and free to change without notice. */
package org.kaoping.core.internal;
