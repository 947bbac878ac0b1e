#!/usr/bin/env bash
# Times LitTracker and citeproc-js (citation-js 0.8.2) on the same N records (default 10000), one
# after the other in the same run, in Vancouver, AMA and APA. ITEMS.json is a CSL-JSON array
# (compare.sh writes crossref.json and seed.json; concatenate them for the mixed set).
# Usage (from the repository root): tests/LitTracker.Benchmarks/Csl/timing.sh ITEMS.json [N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
items="$1"
n="${2:-10000}"
export CITATION_JS_DIR="${CITATION_JS_DIR:-$(mktemp -d)}"
if [ ! -d "$CITATION_JS_DIR/node_modules/@citation-js/plugin-csl" ]; then
  (cd "$CITATION_JS_DIR" && npm install --silent --no-audit --no-fund @citation-js/core@0.8.2 @citation-js/plugin-csl@0.8.2 >/dev/null)
fi
dotnet build "$root/tests/LitTracker.Benchmarks" -c Release -v q -nologo >/dev/null
dotnet "$root/tests/LitTracker.Benchmarks/bin/Release/net10.0/LitTracker.Benchmarks.dll" csl-timing "$items" "$n"
out="$(mktemp -d)"
node "$here/compare.mjs" "$root/src/LitTracker/Reports/Csl/Styles" "$items" "$out" "$n"
rm -rf "$out"
