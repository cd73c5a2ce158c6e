#!/usr/bin/env node
// Held-out check recall: runs the built CLI (`node bin/esg.js check FILE --format json`) on every report
// under test/heldout that has a `<name>.errors.json` beside it (the arithmetic and consistency errors
// planted in it, with the lines each involves) and prints, per file, how many planted errors a finding
// reports and how many error-severity findings match none. Issue 4's "done when": at least 80% of the
// errors an analyst finds by hand are reported, with at most one false error per report.
// A planted error counts as found when a warning or error finding names one of its `lines` (the lines a
// finding about it must name: the figure at fault, or a sum's total); its `context` lines (the other
// figures involved) do not count, since repeated figures such as a headcount sit in many checks. An
// error-severity finding is false when it names no line or context line of any planted error.
// Usage: node scripts/heldout-check.mjs [--verbose] [--dir DIR]   --verbose lists each planted error (found or
// missed, with the rules that found it) and each finding that matched no planted error.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportsWith } from './extraction-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirAt = process.argv.indexOf('--dir');
/** The held-out folder: test/heldout, or `--dir DIR` for a set kept outside the repository. */
const dir = dirAt > 0 ? path.resolve(process.argv[dirAt + 1] ?? '') : path.join(root, 'test/heldout');
const cli = path.join(root, 'bin/esg.js');
const verbose = process.argv.includes('--verbose');
const COUNTED = new Set(['error', 'warning']);

/** Reports in test/heldout with a planted-errors file beside them. */
const reports = () =>
  reportsWith(dir, '.errors.json').map((r) => ({
    name: r.name,
    file: r.file,
    planted: JSON.parse(fs.readFileSync(r.beside, 'utf8')),
  }));

/** Source lines a finding names (findings on a PDF name pages, which never match planted lines). */
const linesOf = (finding) => (finding.source ?? []).map((s) => s.line).filter((l) => Number.isInteger(l));

function score(r) {
  const run = spawnSync(process.execPath, [cli, 'check', r.file, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (run.status !== 0) {
    return { ...r, error: (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n')[0] };
  }
  const findings = JSON.parse(run.stdout).findings ?? [];
  const hits = (e, f) => COUNTED.has(f.severity) && linesOf(f).some((l) => e.lines.includes(l));
  const found = r.planted.map((e) => ({ ...e, by: findings.filter((f) => hits(e, f)) }));
  const involved = new Set(r.planted.flatMap((e) => [...e.lines, ...(e.context ?? [])]));
  const matchesPlanted = (f) => linesOf(f).some((l) => involved.has(l));
  const unmatched = findings.filter((f) => COUNTED.has(f.severity) && !matchesPlanted(f));
  const falseErrors = unmatched.filter((f) => f.severity === 'error');
  if (verbose) {
    console.log(`\n== ${r.name}`);
    for (const e of found) {
      const rules = [...new Set(e.by.map((f) => `${f.rule} (${f.severity})`))].join(', ');
      console.log(
        `${e.by.length ? 'found ' : 'MISSED'} ${e.id} ${e.kind} lines ${e.lines.join(',')}${rules ? ` — ${rules}` : ''}`,
      );
    }
    for (const f of unmatched) {
      console.log(`unmatched ${f.severity} ${f.rule} lines ${linesOf(f).join(',')}: ${f.message}`);
    }
  }
  return {
    ...r,
    found: found.filter((e) => e.by.length).length,
    falseErrors: falseErrors.length,
    otherWarnings: unmatched.length - falseErrors.length,
  };
}

const rows = reports().map(score);
const header = ['file', 'planted', 'found', 'recall', 'false errors', 'other warnings'];
const lines = rows.map((r) =>
  r.error
    ? [r.name, r.planted.length, '—', '—', '—', `failed: ${r.error}`]
    : [
        r.name,
        r.planted.length,
        r.found,
        `${((100 * r.found) / r.planted.length).toFixed(1)}%`,
        r.falseErrors,
        r.otherWarnings,
      ],
);
const ok = rows.filter((r) => !r.error);
const planted = ok.reduce((s, r) => s + r.planted.length, 0);
const found = ok.reduce((s, r) => s + r.found, 0);
if (planted) {
  lines.push([
    'all',
    planted,
    found,
    `${((100 * found) / planted).toFixed(1)}%`,
    ok.reduce((s, r) => s + r.falseErrors, 0),
    ok.reduce((s, r) => s + r.otherWarnings, 0),
  ]);
}
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
const pad = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(pad(header));
for (const l of lines) console.log(pad(l));
