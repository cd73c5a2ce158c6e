#!/usr/bin/env node
// `npm run accuracy`: extracts every corpus report that has a gold file with the built CLI, scores the
// output with ../shared/tools/score-extract.mjs, prints a per-file table and writes docs/accuracy.md.
// A file whose extraction fails (e.g. a PDF before the PDF reader lands) is shown as failed, not fatal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAndScore, printTable, reportsWith, scoreCells } from './extraction-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'esg-accuracy-'));

function reports() {
  return ['dev', 'dev-pdf'].flatMap((set) =>
    reportsWith(path.join(corpus, set), '.gold.jsonl').map((r) => ({ set, ...r, gold: r.beside })),
  );
}

const rows = reports().map((r) => extractAndScore(r, tmp));
const header = [
  'file',
  'gold',
  'extracted',
  'matched',
  'recall',
  'table recall',
  'text recall',
  'precision',
  'codes',
  'gender',
  'time',
];
const lines = rows.map((r) => scoreCells(r, [`${Math.round(r.ms)} ms`]));
printTable(header, lines);

const date = new Date().toISOString().slice(0, 10);
const md = [
  '# Extraction accuracy',
  '',
  `Measured ${date} with \`npm run accuracy\` (scripts/accuracy.mjs): each corpus report with a gold file is`,
  'extracted by the built CLI (`node bin/esg.js extract FILE --format json`) and scored by',
  '`../shared/tools/score-extract.mjs --json`. A gold fact is found when an extracted fact has the same year,',
  'the same printed value and a source line within ±3 (text) or the same page (PDF); precision counts',
  'extracted facts that matched a gold fact (a lower bound: gold files do not hold every real figure).',
  'Targets (issue 3): text reports recall ≥ 90% on table facts and ≥ 75% overall, precision ≥ 85%,',
  'framework-code agreement ≥ 85%, gender agreement ≥ 95%; PDFs recall and precision ≥ 80%.',
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...lines.map((l) => `| ${l.join(' | ')} |`),
  '',
  'Time is the whole CLI run (Node start-up included).',
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(path.join(root, 'docs/accuracy.md'), md);
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\nwrote docs/accuracy.md`);
