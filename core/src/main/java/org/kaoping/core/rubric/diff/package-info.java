/** Differences between two versions of a rubric: criteria added, removed, moved, re-pointed, re-worded and re-ruled. */
package org.kaoping.core.rubric.diff;
