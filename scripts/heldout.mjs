#!/usr/bin/env node
// Held-out accuracy: extracts every report under test/heldout that has a gold file with the built CLI
// (`node bin/esg.js extract FILE --format json`) and scores it with ../shared/tools/score-extract.mjs,
// as scripts/accuracy.mjs does for the dev corpus. These reports are never used to tune the extractor
// (issue 3: "the same figures hold on reports that are not in the repository").
// Usage: node scripts/heldout.mjs [--verbose] [--dir DIR]   --verbose also lists each miss and each extracted fact
// that matched no gold fact (same year, same printed value, line within ±3), for error analysis.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAndScore, printTable, reportsWith, scoreCells, scorerVerbose } from './extraction-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirAt = process.argv.indexOf('--dir');
/** The held-out folder: test/heldout, or `--dir DIR` for a set kept outside the repository. */
const dir = dirAt > 0 ? path.resolve(process.argv[dirAt + 1] ?? '') : path.join(root, 'test/heldout');
const verbose = process.argv.includes('--verbose');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'esg-heldout-'));

/** Reports in test/heldout with a gold file beside them. */
const reports = () => reportsWith(dir, '.gold.jsonl').map((r) => ({ ...r, gold: r.beside }));

/** Extracted facts no gold fact can claim: the scorer's rule (year, printed value, place) read the other way. */
function unmatched(goldPath, facts) {
  const gold = fs
    .readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const near = (g, f) =>
    g.year === f.year &&
    Math.abs(g.value - (f.reported?.value ?? f.value)) <= 1e-9 * Math.max(1, Math.abs(g.value)) &&
    (g.page !== undefined ? g.page === f.source?.page : Math.abs(g.line - (f.source?.line ?? NaN)) <= 3);
  return facts.filter((f) => !gold.some((g) => near(g, f)));
}

function score(r) {
  const scored = extractAndScore(r, tmp);
  if (verbose && !scored.error) {
    console.log(`\n== ${r.name}`);
    console.log(scorerVerbose(scored));
    for (const f of unmatched(scored.goldPath, scored.facts)) {
      const v = f.reported?.value ?? f.value;
      console.log(
        `extra line ${f.source?.line}: ${v} ${f.reported?.unit ?? f.unit} (${f.year}) ${f.metric} — ${f.label}`,
      );
    }
  }
  return scored;
}

const rows = reports().map(score);
const header = [
  'file',
  'gold',
  'extracted',
  'matched',
  'recall',
  'tables',
  'text',
  'precision',
  'codes',
  'gender',
];
printTable(
  header,
  rows.map((r) => scoreCells(r)),
);
fs.rmSync(tmp, { recursive: true, force: true });
