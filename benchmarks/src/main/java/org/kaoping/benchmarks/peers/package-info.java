/**
 * The peers: the same roll-up (leaf points per unit → section sums → totals → rank per rubric) written as
 * SQL for DuckDB and H2 over the same generated facts, with load time measured apart from query time.
 */
package org.kaoping.benchmarks.peers;
