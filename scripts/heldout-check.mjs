#!/usr/bin/env node
// Held-out check recall: runs the built CLI (`node bin/esg.js check FILE --format json`) on every report
// under test/heldout that has a `<name>.errors.json` beside it (the arithmetic and consistency errors
// planted in it, with the lines each involves) and prints, per file, how many planted errors a finding
// reports and how many error-severity findings match none (scoring: scripts/check-score.mjs). Issue 4's
// "done when": at least 80% of the errors an analyst finds by hand are reported, with at most one false
// error per report.
// Usage: node scripts/heldout-check.mjs [--verbose] [--dir DIR] [--jobs N]   --verbose lists each planted error
// (found or missed, with the rules that found it) and each finding that matched no planted error; --jobs runs
// N checks at a time (default 1).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles, linesOf, plantedReports, scoreFindings } from './check-score.mjs';
import { printTable } from './extraction-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** The held-out folder: test/heldout, or `--dir DIR` for a set kept outside the repository. */
const dir = arg('--dir') ? path.resolve(arg('--dir')) : path.join(root, 'test/heldout');
const jobs = Number(arg('--jobs') ?? 1);
const verbose = process.argv.includes('--verbose');

/** A report with its check's score, or with `error`. */
const score = (r, run) =>
  run.error ? { ...r, error: run.error } : { ...r, ...scoreFindings(r.planted, run.findings) };

function printVerbose(r) {
  console.log(`\n== ${r.name}`);
  if (r.error) return console.log(`failed: ${r.error}`);
  for (const e of r.errors) {
    const rules = [...new Set(e.by.map((f) => `${f.rule} (${f.severity})`))].join(', ');
    console.log(
      `${e.by.length ? 'found ' : 'MISSED'} ${e.id} ${e.kind} lines ${e.lines.join(',')}${rules ? ` — ${rules}` : ''}`,
    );
  }
  for (const f of r.unmatched) {
    console.log(`unmatched ${f.severity} ${f.rule} lines ${linesOf(f).join(',')}: ${f.message}`);
  }
}

const reports = plantedReports(dir);
const runs = await checkFiles(
  reports.map((r) => r.file),
  jobs,
);
const rows = reports.map((r, i) => score(r, runs[i]));
if (verbose) rows.forEach(printVerbose);
const percent = (found, planted) => `${((100 * found) / planted).toFixed(1)}%`;
const lines = rows.map((r) =>
  r.error
    ? [r.name, r.planted.length, '—', '—', '—', `failed: ${r.error}`]
    : [r.name, r.planted.length, r.found, percent(r.found, r.planted.length), r.falseErrors, r.otherWarnings],
);
const ok = rows.filter((r) => !r.error);
const planted = ok.reduce((s, r) => s + r.planted.length, 0);
const found = ok.reduce((s, r) => s + r.found, 0);
if (planted) {
  const sum = (key) => ok.reduce((s, r) => s + r[key], 0);
  lines.push(['all', planted, found, percent(found, planted), sum('falseErrors'), sum('otherWarnings')]);
}
printTable(['file', 'planted', 'found', 'recall', 'false errors', 'other warnings'], lines);
