// Formats CSL-JSON records with citeproc-js (through citation-js) in Vancouver, AMA and APA,
// one entry per line, bibliography order. Usage: node compare.mjs STYLE_DIR ITEMS.json OUT_DIR [repeat]
// Not a project dependency: compare.sh installs citation-js into a temporary folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.env.CITATION_JS_DIR + '/node_modules/');
const { Cite, plugins } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const [styleDir, itemsPath, outDir, repeatArg] = process.argv.slice(2);
const items = JSON.parse(readFileSync(itemsPath, 'utf8'));
const repeat = Number(repeatArg ?? 1);
const config = plugins.config.get('@csl');
config.templates = config.templates ?? config.styles;
const styles = { vancouver: 'nlm-citation-sequence', ama: 'american-medical-association', apa: 'apa' };
for (const [name, file] of Object.entries(styles)) {
  config.templates.add('lt-' + name, readFileSync(`${styleDir}/${file}.csl`, 'utf8'));
}

for (const name of Object.keys(styles)) {
  let all = items;
  if (repeat > 1) {
    all = [];
    for (let r = 0; r < repeat; r++) for (const it of items) all.push({ ...it, id: `${it.id}-${r}` });
  }
  const started = process.hrtime.bigint();
  const text = new Cite(all).format('bibliography', { format: 'text', template: 'lt-' + name, lang: 'en-US' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(`${outDir}/citeproc-${name}.txt`, text.trimEnd().split('\n').map(l => l.trim()).join('\n') + '\n');
  console.log(`citeproc-js ${name}: ${all.length} records in ${ms.toFixed(0)} ms`);
}
