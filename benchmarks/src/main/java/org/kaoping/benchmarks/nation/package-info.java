/**
 * A deterministic synthetic nation: an org tree of cities, counties, townships, villages, city departments
 * and enterprises, synthetic rubrics of 60–96 leaves built with the core builder, and evidence generated
 * per unit from a seeded {@link java.util.SplittableRandom}, held in compact {@link org.kaoping.core.evidence.Evidence}
 * views ({@link org.kaoping.benchmarks.nation.Facts}) or, for comparison, the SDK's own immutable values.
 */
package org.kaoping.benchmarks.nation;
