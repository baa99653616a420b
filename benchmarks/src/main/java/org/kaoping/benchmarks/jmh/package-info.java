/**
 * The JMH benchmarks: (a) {@link org.kaoping.benchmarks.jmh.NationalScoringBenchmark} full scoring and ranking,
 * with the SQL peers' roll-ups in {@link org.kaoping.benchmarks.jmh.PeerRollUpBenchmark}; (b)
 * {@link org.kaoping.benchmarks.jmh.IncrementalBenchmark}; (c) {@link org.kaoping.benchmarks.jmh.RubricsBenchmark};
 * (d) {@link org.kaoping.benchmarks.jmh.JournalBenchmark}.
 */
package org.kaoping.benchmarks.jmh;
