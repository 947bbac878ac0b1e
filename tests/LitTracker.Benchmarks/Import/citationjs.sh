#!/usr/bin/env bash
# Side by side, in one run on the same generated files: our end-to-end import (and the raw-insert
# ceiling) from `import-throughput`, then citation-js merely parsing the same BibTeX file, with the
# throughput ratio the issue sets targets for (>= 6x, stretch 10x).
#   tests/LitTracker.Benchmarks/Import/citationjs.sh [N]        (default 100000)
# Needs node, npm (citation-js is installed into a temp folder) and /usr/bin/time.
# The benchmarks are published ReadyToRun (precompiled, as `dotnet publish -p:PublishReadyToRun=true`
# ships the CLI), so the import and the ceiling both start from compiled code instead of paying the
# JIT inside the timed run; R2R=0 measures the plain Release build instead.
set -euo pipefail
n=${1:-100000}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d -t littracker-citationjs-XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "installing citation-js into $work"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @citation-js/core @citation-js/plugin-bibtex >/dev/null)
(cd "$work" && npm ls --depth=0 2>/dev/null | sed -n 's/.*\(@citation-js\/[a-z-]*@[0-9.]*\).*/\1/p')
cat > "$work/parse.js" <<'JS'
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const start = process.hrtime.bigint();
const cite = new Cite(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`citation-js: ${cite.data.length} records parsed in ${seconds.toFixed(2)} s`);
console.log(`result citationjs seconds=${seconds.toFixed(3)}`);
JS

if [ "${R2R:-1}" = 1 ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  echo "build: Release, ReadyToRun for $rid"
  dotnet publish "$repo/tests/LitTracker.Benchmarks" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bench" -v q -nologo >/dev/null
else
  echo "build: Release (JIT)"
  dotnet build "$repo/tests/LitTracker.Benchmarks" -c Release -o "$work/bench" -v q -nologo >/dev/null
fi
dotnet "$work/bench/LitTracker.Benchmarks.dll" import-throughput "$n" bibtex csv --dir "$work/data" | tee "$work/ours.txt"
/usr/bin/time -v node --max-old-space-size=16384 "$work/parse.js" "$work/data/records.bibtex" 2> "$work/time.txt" | tee "$work/theirs.txt"

rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
ours=$(sed -n 's/^result bibtex seconds=\([0-9.]*\).*/\1/p' "$work/ours.txt")
theirs=$(sed -n 's/^result citationjs seconds=\([0-9.]*\).*/\1/p' "$work/theirs.txt")
echo "citation-js peak RSS: $((rss / 1024)) MB"
awk -v o="$ours" -v t="$theirs" 'BEGIN { printf "end-to-end BibTeX import %.2f s vs citation-js parse %.2f s: %.2fx its throughput (target >= 6x, stretch 10x)\n", o, t, t / o }'
echo "load average: $(cat /proc/loadavg)"
