#!/usr/bin/env bash
# The deploy benchmark, on this machine, in one run (see DeployBenchmark for what it measures):
# builds the phoenix jar and a busybox image without a registry, then runs the harness, which
# appends its report to benchmarks/results/deploy.txt. Needs a Docker engine (DOCKER_HOST or the
# default socket), /bin/busybox from Debian's busybox-static, and Debian's docker-compose 1.29.
# Arguments are passed to the harness (--rounds N, --noop-runs N, --services N, ...).
set -euo pipefail

cd "$(dirname "$0")/.."
readonly IMAGE=phoenix-bench/busybox:latest
readonly COMPOSE=${COMPOSE:-/usr/bin/docker-compose}

fail() { printf 'deploy.sh: %s\n' "$*" >&2; exit 1; }

[[ -x $COMPOSE ]] || fail "no docker-compose at $COMPOSE (apt-get install docker-compose, or set COMPOSE)"
[[ -x /bin/busybox ]] || fail 'no /bin/busybox (apt-get install busybox-static)'
timeout 10 docker info >/dev/null 2>&1 || fail 'no Docker engine answers docker info'

echo '==> building phoenix.jar'
./mvnw -q -B package -DskipTests

echo "==> building $IMAGE"
context=$(mktemp -d -t phoenix-bench.XXXXXX)
trap 'rm -rf -- "$context"' EXIT
cp /bin/busybox examples/demo/image/Dockerfile "$context/"
docker build -q -t "$IMAGE" "$context" >/dev/null

echo '==> running the benchmark'
java -cp phoenix-examples/target/phoenix.jar dev.phoenix.examples.bench.DeployBenchmark \
  --image "$IMAGE" --compose "$COMPOSE" "$@"
