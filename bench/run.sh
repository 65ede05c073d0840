#!/usr/bin/env bash
# Builds the benchmark module and runs one benchmark main class:  bench/run.sh ingest.ImportBench [ARGS...]
# JMH benchmarks run the same way through their own main: bench/run.sh org.openjdk.jmh.Main [JMH ARGS...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -q -B -Dmaven.test.skip=true install -pl mizan-bench -am >&2
cpfile="$(mktemp)"; mvn -q -B -pl mizan-bench dependency:build-classpath -Dmdep.outputFile="$cpfile" >&2; cp="$(cat "$cpfile")"; rm -f "$cpfile"
main="$1"; shift
case "$main" in org.*) ;; *) main="org.mizan.bench.$main" ;; esac
exec java ${BENCH_JAVA_OPTS:--Xmx8g} -Dmizan.shared="$here/../shared" -cp "mizan-bench/target/classes:$cp" "$main" "$@"
