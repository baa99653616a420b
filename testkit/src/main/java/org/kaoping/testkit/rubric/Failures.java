package org.kaoping.testkit.rubric;

import org.opentest4j.AssertionFailedError;

/** Builds the JUnit failures of the rubric assertions. */
final class Failures {
    private Failures() {}

    static AssertionFailedError fail(String message, Object expected, Object actual) {
        return new AssertionFailedError(message, expected, actual);
    }

    static AssertionFailedError fail(String message) {
        return new AssertionFailedError(message);
    }
}
