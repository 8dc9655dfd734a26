#!/usr/bin/env bash
# The Portainer sync benchmark (see PortainerSyncBenchmark for what it measures): syncs of many
# stacks through Portainer's API against an in-memory Portainer on MockWebServer, counting the
# requests and timing them. It appends its report to benchmarks/results/portainer-sync.txt and
# exits 1 when a sync with one changed stack makes anything but exactly one PUT and no POST.
# Needs no Docker engine. Arguments go to the harness (--stacks N, --rounds N, --latency-ms 0,5).
set -euo pipefail

cd "$(dirname "$0")/.."
classpath=$(mktemp -t phoenix-bench-cp.XXXXXX)
trap 'rm -f -- "$classpath"' EXIT

echo '==> compiling phoenix-portainer and its tests'
./mvnw -q -B -pl phoenix-portainer -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"

echo '==> running the benchmark'
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "phoenix-portainer/target/test-classes:phoenix-portainer/target/classes:$(cat "$classpath")" \
  dev.phoenix.portainer.bench.PortainerSyncBenchmark "$@"
