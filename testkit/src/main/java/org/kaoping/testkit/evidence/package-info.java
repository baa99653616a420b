/** Seeded, reproducible evidence of every kind for an org tree or unit and a rubric, for property tests of adapters and scoring. */
package org.kaoping.testkit.evidence;
