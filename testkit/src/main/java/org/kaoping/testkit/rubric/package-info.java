/** Rubric assertions, rubric edits and seeded random rubrics (valid or damaged on purpose) for test authors. */
package org.kaoping.testkit.rubric;
