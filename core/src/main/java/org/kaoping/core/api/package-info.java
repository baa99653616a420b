/** The marks of Kaoping's published surface: which public types hosts may rely on, and how far. */
package org.kaoping.core.api;
