#!/usr/bin/env bash
# Compares LitTracker's CSL processor with citeproc-js (citation-js) on the same CSL-JSON records,
# in Vancouver (nlm-citation-sequence), AMA and APA, and prints the identical-string rate per style.
# Usage (from the repository root): tests/LitTracker.Benchmarks/Csl/compare.sh [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shared="${LITTRACKER_SHARED:-$root/../shared}"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
export CITATION_JS_DIR="${CITATION_JS_DIR:-$(mktemp -d)}"
if [ ! -d "$CITATION_JS_DIR/node_modules/@citation-js/plugin-csl" ]; then
  (cd "$CITATION_JS_DIR" && npm install --silent --no-audit --no-fund @citation-js/core@0.8.2 @citation-js/plugin-csl@0.8.2 >/dev/null)
fi

# Every record of the Crossref/citation-js CSL-JSON files, then the seed sources.
python3 - "$shared/testdata/csl/csl-json" "$out/crossref.json" <<'PY'
import json, os, sys
items = []
for f in sorted(os.listdir(sys.argv[1])):
    if not f.endswith('.json') or f == 'csl-data.schema.json':
        continue
    d = json.load(open(os.path.join(sys.argv[1], f)))
    if isinstance(d, dict) and 'type' in d:
        d = [d]
    elif isinstance(d, dict):
        d = list(d.values())
    for i, it in enumerate(d):
        if isinstance(it, str):
            it = json.loads(it)
        if isinstance(it, list):
            it = it[0]
        it = dict(it); it['id'] = f"{f[:-5]}#{i}"
        items.append(it)
json.dump(items, open(sys.argv[2], 'w'))
PY
python3 "$here/seed-to-csl.py" "$root/seed/sources.json" > "$out/seed.json"

dotnet build "$root/src/LitTracker.Cli" -c Release -v q -nologo >/dev/null
cli="dotnet $root/src/LitTracker.Cli/bin/Release/net10.0/LitTracker.Cli.dll"
for set in crossref seed; do
  node "$here/compare.mjs" "$root/src/LitTracker/Reports/Csl/Styles" "$out/$set.json" "$out" > /dev/null
  for style in vancouver ama apa; do
    mv "$out/citeproc-$style.txt" "$out/$set-citeproc-$style.txt"
    $cli format --style "$style" "$out/$set.json" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//' > "$out/$set-littracker-$style.txt"
    total=$(wc -l < "$out/$set-citeproc-$style.txt")
    same=$(paste -d '\n' "$out/$set-citeproc-$style.txt" "$out/$set-littracker-$style.txt" | awk 'NR%2{a=$0;next}{if(a==$0)n++}END{print n+0}')
    echo "$set $style: $same/$total identical"
    diff "$out/$set-citeproc-$style.txt" "$out/$set-littracker-$style.txt" > "$out/$set-$style.diff" || true
  done
done
echo "Outputs and diffs in $out"
