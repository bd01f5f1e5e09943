#!/usr/bin/env bash
# The Maven plugin's overhead: `mvn datadog-snapshot:capture` of one 800x400 graph (render delay 0) against
# `mvn validate` on the same small project, both with the Maven Wrapper's Maven, timed with hyperfine (median of
# repeated runs). The emulator runs standalone in its own process.
#
#   benchmarks/plugin-overhead.sh
#
# It first builds this checkout's plugin and emulator and installs the plugin into a local repository of its own
# (benchmarks/target/local-repo, read-only fallback: the usual one), so the numbers are this checkout's, whatever
# the usual local repository holds. ROUNDS (default 5) rounds of RUNS (default 3) runs of each command, WARMUP
# (default 3) warm-up runs of each before the first round; M2_REPO the usual local repository (default
# ~/.m2/repository). Results: benchmarks/target/plugin-overhead.{json,md,txt}.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-5}"
runs="${RUNS:-3}"
warmup="${WARMUP:-3}"
out="$root/benchmarks/target"
repo="$out/local-repo"
tail_repo="${M2_REPO:-$HOME/.m2/repository}"
mkdir -p "$out"

command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }

repos="-Dmaven.repo.local=$repo -Dmaven.repo.local.tail=$tail_repo"
echo "Building and installing the plugin into $repo ..."
"$root/mvnw" -B -q -f "$root/pom.xml" $repos -pl maven-plugin,snapshot-emulator -am install -DskipTests -DskipITs
jar="$(ls "$root"/snapshot-emulator/target/datadog-snapshot-emulator-*-standalone.jar | head -1)"
version="$(basename "$jar")"
version="${version#datadog-snapshot-emulator-}"
version="${version%-standalone.jar}"

work="$(mktemp -d)"
emulator_pid=""
cleanup() {
  if [ -n "$emulator_pid" ]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

java -jar "$jar" --port 0 --port-file "$work/port" --render-delay 0 --rate-limit 1000000/PT1H \
  >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 300); do
  [ -s "$work/port" ] && break
  sleep 0.1
done
[ -s "$work/port" ] || { echo "the emulator did not start:" >&2; cat "$work/emulator.log" >&2; exit 1; }
port="$(tr -d '[:space:]' <"$work/port")"

# The same small project for both commands: no sources, the plugin declared so that its prefix resolves.
mkdir "$work/project"
cat >"$work/project/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.datadogsnapshot.bench</groupId>
  <artifactId>plugin-overhead</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.datadogsnapshot</groupId>
        <artifactId>datadog-snapshot-maven-plugin</artifactId>
        <version>$version</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF

export DD_API_KEY=emulator-api-key DD_APP_KEY=emulator-app-key
# Offline (-o): both commands resolve everything from the local repositories, no network in the numbers.
mvn="$root/mvnw -B -q -o $repos -f $work/project/pom.xml"
validate="$mvn validate"
capture="$mvn datadog-snapshot:capture -Ddatadog.apiUrl=http://127.0.0.1:$port \
-Ddatadog.metricQuery='avg:bench.latency.ms{service:checkout}' -Ddatadog.width=800 -Ddatadog.height=400 \
-Ddatadog.failOnError=true"
# The plugin resolved, loaded and configured, but nothing captured: splits the overhead in two.
skipped="$mvn datadog-snapshot:capture -Ddatadog.skip=true"

echo "Maven: $("$root/mvnw" -v | head -1)"
echo "Emulator: http://127.0.0.1:$port (render delay 0), plugin $version"
printf 'Commands:\n  %s\n  %s\n  %s\n' "$validate" "$capture" "$skipped"
echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# Rounds of a few runs of each command instead of all runs of one command after the other: a burst of other work on
# the machine then slows all three alike instead of one of them.
rm -f "$out"/plugin-overhead-round-*.json
for round in $(seq 1 "$rounds"); do
  hyperfine --style basic --warmup "$([ "$round" = 1 ] && echo "$warmup" || echo 0)" --runs "$runs" \
    --export-json "$out/plugin-overhead-round-$round.json" \
    -n "mvn validate" "$validate" \
    -n "mvn datadog-snapshot:capture (1 graph)" "$capture" \
    -n "mvn datadog-snapshot:capture -Ddatadog.skip=true" "$skipped" | grep -E "^Benchmark|Time|Range"
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
jq -s '[ .[].results ] | transpose | map({
    command: .[0].command,
    times: (map(.times) | add | sort),
    user: (map(.user) | add / length),
    system: (map(.system) | add / length) })
  | map(. + {median: (.times | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end),
             min: .times[0], max: .times[-1], runs: (.times | length)})
  | {results: .}' "$out"/plugin-overhead-round-*.json >"$out/plugin-overhead.json"
{
  echo "| command | runs | median | min | max | CPU user + system (mean) |"
  echo "| --- | --- | --- | --- | --- | --- |"
  jq -r '.results[] | "| `\(.command)` | \(.runs) | \(.median * 1000 | round) ms | \(.min * 1000 | round) ms | \(.max * 1000 | round) ms | \((.user + .system) * 1000 | round) ms |"' \
    "$out/plugin-overhead.json"
} | tee "$out/plugin-overhead.md"

# One more capture with the plugin's own log: where the time of the capture itself goes.
"$root/mvnw" -B -o $repos -f "$work/project/pom.xml" datadog-snapshot:capture -Ddatadog.apiUrl="http://127.0.0.1:$port" \
  -Ddatadog.metricQuery='avg:bench.latency.ms{service:checkout}' -Ddatadog.width=800 -Ddatadog.height=400 \
  -Ddatadog.failOnError=true -Dorg.slf4j.simpleLogger.showDateTime=true \
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS >"$work/capture.log" 2>&1
echo ""
echo "One more capture, the plugin's log:"
grep -E "Scanning for projects|datadog-snapshot:.*:capture|Capturing|Requesting|Stored|Captured|Total time" "$work/capture.log" \
  | cut -c1-160 | tee "$out/plugin-overhead-log.txt"

png="$(ls "$work"/project/target/datadog-snapshots/*.png | head -1)"
size="$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')"
count() { curl -s "http://127.0.0.1:$port/emulator/requests?path=$1" | jq .count; }
creates="$(count /api/v1/graph/snapshot)"
looks="$(count /snapshot/view/)"
captures=$((rounds * runs + warmup + 1))

jq -r --arg size "$size" --arg creates "$creates" --arg looks "$looks" --arg captures "$captures" '
  (.results[0].median) as $v | (.results[1].median) as $c | (.results[2].median) as $s | ($c - $v) as $o |
  "",
  "medians: validate \($v * 1000 | round) ms, capture \($c * 1000 | round) ms, capture skipped \($s * 1000 | round) ms",
  "overhead of capturing one graph: \($o * 1000 | round) ms (target <= 1000 ms: \(if $o <= 1 then "met" else "missed" end))",
  "  of which loading and configuring the plugin (skipped - validate): \(($s - $v) * 1000 | round) ms",
  "  and the capture itself (capture - skipped): \(($c - $s) * 1000 | round) ms",
  "last stored image: \($size) px; the emulator saw \($creates) snapshot requests and \($looks) image GETs in \($captures) captures"
' "$out/plugin-overhead.json" | tee "$out/plugin-overhead.txt"
