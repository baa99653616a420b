#!/usr/bin/env bash
# Builds the benchmarks and runs them: JMH (short settings) then the national runs at each scale given
# (default 0.01 0.1). Results go to benchmarks/results/<date>/. See README.md.
#   bash benchmarks/run-all.sh            # 1 % and 10 %
#   bash benchmarks/run-all.sh 0.01 0.1 1.0   # also 100 % (needs ~17 GB free: -Xmx16g, then DuckDB capped at 6 GB)
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@"); [ ${#scales[@]} -eq 0 ] && scales=(0.01 0.1)
./mvnw -B -ntp -q -pl benchmarks,cli -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results/$(date +%Y%m%d-%H%M); mkdir -p "$out"
{ nproc; java -version 2>&1; grep -m1 "model name" /proc/cpuinfo || true; free -g | head -2; uptime; } > "$out/machine.txt"
JMH="-f 1 -wi 2 -i 3 -w 2s -r 3s"
# The Beihai demo, whole process, alternated with java -version (issue 14, goal 7), first, on a quiet machine.
java -cp $jar org.kaoping.benchmarks.DemoWall cli=cli/target/kaoping-cli-0.1.0-SNAPSHOT.jar runs=10 json="$out/demo-wall.json" \
  | tee "$out/demo-wall.txt"
java -Xmx6g -jar $jar $JMH -e 'JdbcBulkBenchmark|JdbcInsertBenchmark|IncrementalRankBenchmark' -rf json -rff "$out/jmh-1pct.json" | tee "$out/jmh-1pct.txt"
# Kaoping.rank() after one new fact through the runtime (issue 14, goal 5), against a full rescore+rank and the old rank() path.
java -Xmx4g -jar $jar -f 1 -wi 2 -i 5 -w 2s -r 3s -rf json -rff "$out/jmh-incremental-rank.json" IncrementalRankBenchmark \
  | tee "$out/jmh-incremental-rank.txt"
# A city from files (issue 14, goal 1): CSV folder -> import -> score -> rank against parse-only, same run; the 1 % nation's
# size (25 files, 1.09 M facts) and half of it, for the growth with size. Target: importScoreRank <= 2x parseOnly.
java -Xmx4g -jar $jar -f 1 -wi 1 -i 3 -w 1s -r 1s -p files=25 -p rows=21800,43600 -p counties=700 -rf json \
  -rff "$out/jmh-city-from-files-1pct.json" 'CityFromFilesBenchmark.(parseOnly|importOnly|importScoreRank)' \
  | tee "$out/jmh-city-from-files-1pct.txt"
# The same at 10 % (25 files of 436,000 rows, 10.9 M facts, ~0.9 GB of CSV) when 0.1 is among the scales: one iteration each.
if [[ " ${scales[*]} " == *" 0.1 "* ]]; then
  java -Xmx12g -jar $jar -f 1 -wi 0 -i 1 -p files=25 -p rows=436000 -p counties=700 -rf json \
    -rff "$out/jmh-city-from-files-10pct.json" 'CityFromFilesBenchmark.(parseOnly|importScoreRank)' \
    | tee "$out/jmh-city-from-files-10pct.txt"
fi

# Reopening the journal store (issue 14, goal 6): from its snapshot and from its journals alone, against reading the
# same files once, at one million facts; setup prints the heap held per fact after reopening.
java -Xmx4g -jar $jar -f 1 -wi 1 -i 3 -w 1s -r 1s -p facts=1000000 -rf json -rff "$out/jmh-journal-reopen.json" \
  JournalStoreReopenBenchmark | tee "$out/jmh-journal-reopen.txt"
# Heap held per fact on each path (issue 14, goal 2): EvidenceColumns, the in-memory and journal stores, parsed CSV files,
# a whole-cycle EvidenceIndex and (with a server) a JDBC read, against the values they held before, in one run.
java -Xmx4g -cp $jar org.kaoping.benchmarks.EvidenceHeap scale=0.01 | tee "$out/evidence-heap-1pct.txt"
# Bulk writes into PostgreSQL against raw COPY (needs a server; see JdbcBulkBenchmark).
if [ -n "${KAOPING_BENCH_POSTGRES_URL:-}${KAOPING_TEST_POSTGRES_URL:-}" ]; then
  java -Xmx2g -jar $jar -f 1 -wi 2 -i 6 -rf json -rff "$out/jmh-jdbc-bulk.json" JdbcBulkBenchmark | tee "$out/jmh-jdbc-bulk.txt"
  # Multi-row INSERTs on H2 and (with a server) MariaDB against plain 100-row INSERTs of the same rows (goal 3).
  dbs=h2; [ -n "${KAOPING_BENCH_MARIADB_URL:-}${KAOPING_TEST_MARIADB_URL:-}" ] && dbs=h2,mariadb
  java -Xmx2g -jar $jar -f 1 -wi 2 -i 6 -p db=$dbs -rf json -rff "$out/jmh-jdbc-insert.json" JdbcInsertBenchmark | tee "$out/jmh-jdbc-insert.txt"
  # A province from PostgreSQL in a 2 GB heap (issue 14, goal 4): ~10^4 units, 1.5 M facts loaded once, then
  # Kaoping.scoreStreaming against a plain SELECT of the same rows; scale=0.142 is the full province (10^5 units, 15 M facts).
  java -Xmx2g -cp $jar org.kaoping.benchmarks.ProvinceStreaming scale=0.0142 runs=2 | tee "$out/province-streaming.txt"
fi
java -Xmx10g -jar $jar $JMH -p scale=0.1 -p engine=DUCKDB -rf json -rff "$out/jmh-10pct.json" \
  'NationalScoringBenchmark.scoreAndRank|IncrementalBenchmark|PeerRollUpBenchmark' | tee "$out/jmh-10pct.txt"
for s in "${scales[@]}"; do
  if [ "$s" = "1.0" ] || [ "$s" = "1" ]; then
    # Kaoping and DuckDB in separate processes: a 16 GB heap and DuckDB's buffers do not both fit in 24 GB.
    java -Xmx16g -Xms16g -cp $jar org.kaoping.benchmarks.NationalReport scale=1.0 style=COLUMNS runs=3 warmups=1 peers=none \
      expect="$out/kaoping-sample-1.0.txt" | tee "$out/national-100pct-kaoping.txt"
    median=$(grep '^| 1.0 | Kaoping' "$out/national-100pct-kaoping.txt" | awk -F'|' '{gsub(/ /,"",$6); print $6}')
    java -Xmx2g -Dkaoping.duckdb.file="${TMPDIR:-/tmp}/kaoping-nation.duckdb" -Dkaoping.duckdb.memory=6GB -cp $jar \
      org.kaoping.benchmarks.NationalReport scale=1.0 peers=duckdb kaoping=false peerRuns=2 kaopingMedian="$median" \
      expect="$out/kaoping-sample-1.0.txt" | tee "$out/national-100pct-duckdb.txt"
    rm -f "${TMPDIR:-/tmp}/kaoping-nation.duckdb" "${TMPDIR:-/tmp}/kaoping-nation.duckdb.wal"
  else
    # the SDK's EvidenceColumns first (the peers' ratio is against it), then the benchmark's compact views, checked equal
    java -Xmx10g -cp $jar org.kaoping.benchmarks.NationalReport scale="$s" style=COLUMNS,COMPACT runs=5 peerRuns=2 \
      expect="$out/kaoping-sample-$s.txt" | tee "$out/national-$s.txt"
  fi
done
# The one table (issue 14): each goal against its anchor of the same run, read back from the JSON files above.
java -cp $jar org.kaoping.benchmarks.BenchmarkSummary "$out"
echo "results in $out (summary.md holds the table)"
