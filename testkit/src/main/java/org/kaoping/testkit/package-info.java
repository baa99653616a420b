/** Contract tests, rubric assertions and generators for adapter authors and test authors. */
package org.kaoping.testkit;
