/** Test support for adapter and test authors: rubric assertions, seeded generators and (to come) SPI contract kits. */
package org.kaoping.testkit;
