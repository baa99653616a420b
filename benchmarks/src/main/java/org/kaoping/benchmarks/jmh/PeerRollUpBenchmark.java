package org.kaoping.benchmarks.jmh;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.peers.SqlPeer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** (a, peers) The same roll-up as SQL in DuckDB (2 threads) and H2, on the same generated facts; loading happens in setup. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerRollUpBenchmark {
    @Param({"0.01"})
    public double scale;

    @Param({"DUCKDB", "H2"})
    public SqlPeer.Engine engine;

    SqlPeer peer;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        Nation nation = NationGenerator.nation(scale, 20_151_201L);
        peer = SqlPeer.open(engine);
        peer.load(nation);
        System.gc(); // as NationalScoringBenchmark does after its setup, so both sides are measured alike
    }

    @Benchmark
    public long rollUp() throws SQLException {
        return peer.rollUp();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        peer.close();
    }
}
