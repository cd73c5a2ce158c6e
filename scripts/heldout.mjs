#!/usr/bin/env node
// Held-out accuracy: extracts every report under test/heldout that has a gold file with the built CLI
// (`node bin/esg.js extract FILE --format json`) and scores it with ../shared/tools/score-extract.mjs,
// as scripts/accuracy.mjs does for the dev corpus. These reports are never used to tune the extractor
// (issue 3: "the same figures hold on reports that are not in the repository").
// Usage: node scripts/heldout.mjs [--verbose]   --verbose also lists each miss and each extracted fact
// that matched no gold fact (same year, same printed value, line within ±3), for error analysis.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/heldout');
const scorer = path.resolve(root, '../shared/tools/score-extract.mjs');
const cli = path.join(root, 'bin/esg.js');
const verbose = process.argv.includes('--verbose');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'esg-heldout-'));

/** Reports in test/heldout with a gold file beside them. */
function reports() {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => /^(.*)\.(txt|pdf)$/.exec(name))
    .filter((m) => m && fs.existsSync(path.join(dir, `${m[1]}.gold.jsonl`)))
    .map((m) => ({ name: m[0], file: path.join(dir, m[0]), gold: path.join(dir, `${m[1]}.gold.jsonl`) }));
}

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
  const run = spawnSync(process.execPath, [cli, 'extract', r.file, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  if (run.status !== 0) {
    return { ...r, error: (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n')[0] };
  }
  const outPath = path.join(tmp, `${r.name}.json`);
  fs.writeFileSync(outPath, run.stdout);
  const scored = JSON.parse(
    execFileSync(process.execPath, [scorer, r.gold, outPath, '--json'], { encoding: 'utf8' }),
  );
  if (verbose) {
    console.log(`\n== ${r.name}`);
    console.log(execFileSync(process.execPath, [scorer, r.gold, outPath, '--verbose'], { encoding: 'utf8' }));
    for (const f of unmatched(r.gold, JSON.parse(run.stdout).facts)) {
      const v = f.reported?.value ?? f.value;
      console.log(
        `extra line ${f.source?.line}: ${v} ${f.reported?.unit ?? f.unit} (${f.year}) ${f.metric} — ${f.label}`,
      );
    }
  }
  return { ...r, ...scored };
}

const fmt = (x) => (x === null || x === undefined ? 'n/a' : `${x}%`);
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
const lines = rows.map((r) =>
  r.error
    ? [r.name, ...header.slice(1, -1).map(() => '—'), `failed: ${r.error}`]
    : [
        r.name,
        r.gold,
        r.extracted,
        r.matched,
        fmt(r.recall),
        fmt(r.tableRecall),
        fmt(r.textRecall),
        fmt(r.precision),
        fmt(r.codeAgreement),
        fmt(r.genderAgreement),
      ],
);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
const pad = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(pad(header));
for (const l of lines) console.log(pad(l));
fs.rmSync(tmp, { recursive: true, force: true });
