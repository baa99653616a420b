/** Abstract JUnit 5 contract tests that an SPI adapter's test class extends to prove it meets the SPI's contract. */
package org.kaoping.testkit.contract;
