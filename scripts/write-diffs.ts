// `npm run diffs`: writes docs/diffs/<local>-vs-<base>.md and .html for each documented pair
// (each local pack against Working Together 2018, and Calderdale against Manchester). A pair
// whose packs do not load yet is skipped with the reason. Output is deterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDiffDocuments } from '../src/diff/documents.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let skipped = 0;
for (const doc of generateDiffDocuments()) {
  if (!doc.ok) {
    skipped++;
    process.stderr.write(`skipped ${doc.name}: ${doc.reason}\n`);
    continue;
  }
  for (const file of doc.files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    process.stdout.write(`wrote ${file.path}\n`);
  }
}
if (skipped > 0) process.stderr.write(`${skipped} pair(s) skipped: their packs do not load yet\n`);
