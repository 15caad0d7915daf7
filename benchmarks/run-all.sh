#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md in one run; raw output lands in benchmarks/target/results.
# Takes about 14 minutes. Run it on a quiet machine: the figures are ratios within this one run.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/benchmarks/target/results"

./mvnw -B -q install -DskipTests -Dspectral.skip=true
mkdir -p "$out"
bench() { ./mvnw -B -q -pl benchmarks exec:exec "$@"; }
jmh() { # jmh NAME ARGS...: one JMH run, text and JSON results
  local name=$1; shift
  bench -Djmh.args="$* -rf json -rff $out/$name.json" | tee "$out/$name.txt"
}

echo "== machine" | tee "$out/machine.txt"
{ nproc; grep -m1 'model name' /proc/cpuinfo || true; free -h | head -2; java -version 2>&1 | head -1; } | tee -a "$out/machine.txt"

jmh get-1-thread   "GetTestRunBenchmark -t 1  -f 2 -wi 3 -w 2s -i 5 -r 2s"
jmh get-16-threads "GetTestRunBenchmark -t 16 -f 2 -wi 3 -w 2s -i 5 -r 2s"
jmh decode         "DecodeBenchmark -f 2 -wi 3 -w 2s -i 5 -r 2s -prof gc"
jmh paging         "PagingBenchmark -prof gc"
jmh with-options   "WithOptionsBenchmark -t 1 -f 2 -wi 3 -w 2s -i 5 -r 2s"

bench -Dbench.main=ai.sigmamind.bench.CostPerCall -Dbench.args= | tee "$out/cost-per-call.md"

bench -Dbench.main=ai.sigmamind.bench.WaitForBatchSimulation -Dbench.args= | tee "$out/wait.md"
bench -Dbench.main=ai.sigmamind.bench.ColdStart -Dbench.args= | tee "$out/cold-start.md"
bench -Dbench.main=ai.sigmamind.bench.GateSimulation -Dbench.args="2000 14" | tee "$out/gate.md"

echo "== runtime classpath of sdk-core" | tee "$out/classpath.txt"
./mvnw -B -q -pl sdk-core dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$out/sdk-core.classpath"
{ tr ':' '\n' < "$out/sdk-core.classpath"; echo; ls sdk-core/target/sigmamind-sdk-core-*.jar | grep -v tests; } \
  | xargs -r stat -c '%s %n' | sort -rn | awk '{ total += $1; n = split($2, p, "/"); printf "%9d  %s\n", $1, p[n] }
      END { printf "%9d  total, %d jars\n", total, NR }' | tee -a "$out/classpath.txt"
