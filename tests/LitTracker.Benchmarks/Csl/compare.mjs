// Formats CSL-JSON records with citeproc-js (through citation-js) in Vancouver, AMA and APA,
// one entry per line, bibliography order. Usage: node compare.mjs STYLE_DIR ITEMS.json OUT_DIR [records]
// With a record count (e.g. 10000), the file's records are repeated (ids made unique) up to that many and timed.
// Not a project dependency: compare.sh installs citation-js into a temporary folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.env.CITATION_JS_DIR + '/node_modules/');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const [styleDir, itemsPath, outDir, recordsArg] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const records = Number(recordsArg ?? items.length);
const config = plugins.config.get('@csl');
config.templates = config.templates ?? config.styles;
const styles = { vancouver: 'nlm-citation-sequence', ama: 'american-medical-association', apa: 'apa' };
for (const [name, file] of Object.entries(styles)) {
  config.templates.add('lt-' + name, readFileSync(`${styleDir}/${file}.csl`, 'utf8'));
}

for (const name of Object.keys(styles)) {
  let all = items;
  if (records !== items.length) {
    all = [];
    for (let i = 0; i < records; i++) all.push({ ...items[i % items.length], id: `${items[i % items.length].id}-${i}` });
  }
  const started = process.hrtime.bigint();
  const text = new Cite(all).format('bibliography', { format: 'text', template: 'lt-' + name, lang: 'en-US' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(`${outDir}/citeproc-${name}.txt`, text.trimEnd().split('\n').map(l => l.trim()).join('\n') + '\n');
  console.log(`citeproc-js ${name}: ${all.length} records in ${ms.toFixed(0)} ms`);
}
