#!/usr/bin/env bash
# Target 4 of docs/performance.md: start-up, measured in fresh JVMs (not JMH).
#
#   mvn -B -DskipTests package && mvn -B -Pbench -DskipTests package
#   examples/cli/src/bench/startup.sh [runs]
#
# 1. The first rule decision: dev.partnerkit.bench.FirstDecision on the classpath a rules-only
#    caller has (partner-rules, partner-model and the model's dependencies), timed from process
#    start to exit with hyperfine, and its class loading listed to show that no Jackson mapper and
#    no Hibernate Validator are loaded.
# 2. The tour: java -jar examples/cli/target/partnerkit.jar tour, when that jar has a tour.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-20}"
out=examples/cli/target/startup
mkdir -p "$out"

command -v hyperfine >/dev/null || {
  echo "hyperfine is needed (Debian: apt-get install -y hyperfine)" >&2
  exit 1
}
bench_classes=examples/cli/target/bench/classes
[ -f "$bench_classes/dev/partnerkit/bench/FirstDecision.class" ] || {
  echo "build the benchmarks first: mvn -B -Pbench -DskipTests package" >&2
  exit 1
}

mvn -B -q -pl partner-model dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$PWD/$out/model.classpath"
rules_jar=$(ls partner-rules/target/partner-rules-*.jar | grep -v -- '-sources\|-javadoc' | head -n 1)
model_jar=$(ls partner-model/target/partner-model-*.jar | grep -v -- '-sources\|-javadoc' | head -n 1)
cp="$bench_classes:$rules_jar:$model_jar:$(cat "$out/model.classpath")"

echo "== JVM"
java -version 2>&1 | head -n 2

echo "== Classes loaded on the way to the first decision"
java -Xlog:class+load=info:file="$out/first-decision-classes.log" \
  -cp "$cp" dev.partnerkit.bench.FirstDecision
total=$(grep -c ' source: ' "$out/first-decision-classes.log" || true)
ours=$(grep -c 'dev\.partnerkit\.' "$out/first-decision-classes.log" || true)
jackson=$(grep -c 'com\.fasterxml\.jackson\.' "$out/first-decision-classes.log" || true)
mapper=$(grep -c 'com\.fasterxml\.jackson\.databind\.ObjectMapper ' "$out/first-decision-classes.log" || true)
validator=$(grep -c 'org\.hibernate\.validator\.\|jakarta\.validation\.' "$out/first-decision-classes.log" || true)
echo "classes loaded: $total (Partnerkit: $ours, Jackson: $jackson, ObjectMapper: $mapper," \
  "Hibernate Validator or jakarta.validation: $validator)"

echo "== First rule decision, $runs fresh JVMs"
hyperfine --warmup 3 --runs "$runs" --export-markdown "$out/first-decision.md" \
  "java -cp $cp dev.partnerkit.bench.FirstDecision"

# unzip -Z1 with the entry's name, not unzip -l | grep -q: under pipefail, grep -q closing the
# pipe early fails the pipeline and the tour would be skipped.
if [ -f examples/cli/target/partnerkit.jar ] \
  && unzip -Z1 examples/cli/target/partnerkit.jar dev/partnerkit/examples/Tour.class >/dev/null 2>&1; then
  echo "== partnerkit tour, $runs fresh JVMs"
  hyperfine --warmup 2 --runs "$runs" --export-markdown "$out/tour.md" \
    --output=null "java -jar examples/cli/target/partnerkit.jar tour"
else
  echo "== partnerkit tour: examples/cli/target/partnerkit.jar has no tour; skipped"
fi
