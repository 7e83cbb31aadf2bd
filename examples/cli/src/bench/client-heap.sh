#!/usr/bin/env bash
# Target 3 of docs/performance.md, memory: does the client's peak heap grow with the number of
# customers it streams? For 10,000 and then 100,000 customers, a sandbox is started in a JVM of its
# own and each of the client and the hand-written floor streams every customer in a fresh JVM:
# first with -Xmx64m, printing the largest heap in use after any garbage collection, then
# with the smallest -Xmx (from a ladder) in which it streamed the 10,000; the 100,000 must pass in
# that same heap.
#
#   mvn -B -Pbench -DskipTests package -pl examples   (after installing the other modules)
#   examples/cli/src/bench/client-heap.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=examples/cli/target/benchmarks.jar
[ -f "$jar" ] || { echo "build the benchmarks first: mvn -B -Pbench -DskipTests package" >&2; exit 1; }
out=examples/cli/target/client-heap
mkdir -p "$out"
probe=dev.partnerkit.bench.ClientStreamHeap
ladder=(8 10 12 16 20 24 32 48 64)
declare -A smallest

serve() {
  rm -f "$out/sandbox-$1"
  java -Xmx3g -cp "$jar" "$probe" serve "$1" "$out/sandbox-$1" >"$out/sandbox-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 600); do [ -f "$out/sandbox-$1" ] && return; sleep 0.2; done
  echo "the sandbox did not start; see $out/sandbox-$1.log" >&2
  kill "$server"
  exit 1
}

stream() { # how count xmx
  java -Xmx"$3" -XX:+UseSerialGC -cp "$jar" "$probe" stream "$1" "$out/sandbox-$2" "$2"
}

for count in 10000 100000; do
  serve "$count"
  echo "== $count customers (sandbox pid $server)"
  for how in client floor; do
    stream "$how" "$count" 64m
    if [ "$count" = 10000 ]; then
      for mb in "${ladder[@]}"; do
        if stream "$how" "$count" "${mb}m" >"$out/$how-$count-$mb.log" 2>&1; then
          smallest[$how]=$mb
          echo "$how: the smallest heap of the ladder that streams 10000: -Xmx${mb}m"
          break
        fi
      done
    else
      mb=${smallest[$how]}
      if stream "$how" "$count" "${mb}m"; then
        echo "$how: PASS, 100000 customers stream in -Xmx${mb}m as 10000 do"
      else
        echo "$how: FAIL, 100000 customers do not stream in -Xmx${mb}m"
      fi
    fi
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
done
