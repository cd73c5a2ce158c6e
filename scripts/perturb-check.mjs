#!/usr/bin/env node
// How robust the check's finds are to layout noise real PDF-to-text output has: for each perturbation in
// scripts/perturbations.mjs (tabs for column gaps, no-break spaces, minus signs, trailing spaces and CR LF,
// form feeds and shifted column padding, ligatures), writes every held-out report perturbed to a temporary
// folder, runs the same check as scripts/heldout-check.mjs on it (scripts/check-score.mjs; the perturbed
// text keeps its line numbers, so the planted errors' lines hold) and prints a table perturbation × planted
// errors found, false errors and other warnings, then the planted errors each perturbation loses against
// the unperturbed reports (`none`).
// Usage: node scripts/perturb-check.mjs [--only a-tabs,c-minus] [--files NAME,NAME] [--jobs N] [--dir DIR]
// (after `npx tsc -p tsconfig.build.json`). --only picks perturbations (`none` is always run), --files
// picks reports by a part of their name, --jobs runs N checks at a time (default 2).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFiles, plantedReports, scoreFindings } from './check-score.mjs';
import { printTable } from './extraction-score.mjs';
import { PERTURBATIONS, randomFor } from './perturbations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const list = (name) => arg(name)?.split(',').filter(Boolean);
const dir = arg('--dir') ? path.resolve(arg('--dir')) : path.join(root, 'test/heldout');
const jobs = Number(arg('--jobs') ?? 2);
const only = list('--only');
const files = list('--files');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'esg-perturb-'));

const reports = plantedReports(dir).filter((r) => !files || files.some((f) => r.name.includes(f)));
const perturbations = [
  ['none', (text) => text],
  ...Object.entries(PERTURBATIONS).filter(([name]) => !only || only.includes(name)),
];

/** Writes one report perturbed to the temporary folder; its path. */
function write([name, perturb], r) {
  const text = fs.readFileSync(r.file, 'utf8');
  const perturbed = perturb(text, randomFor(`${name}:${r.name}`));
  if (perturbed.split('\n').length !== text.split('\n').length)
    throw new Error(`${name} changed the lines of ${r.name}`);
  const file = path.join(tmp, name, r.name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, perturbed);
  return file;
}

const tasks = perturbations.flatMap((p) => reports.map((r) => [p, r]));
const runs = await checkFiles(
  tasks.map(([p, r]) => write(p, r)),
  jobs,
);
const results = tasks.map(([, r], i) =>
  runs[i].error
    ? { report: r, error: runs[i].error }
    : { report: r, ...scoreFindings(r.planted, runs[i].findings) },
);
const byPerturbation = perturbations.map(([name], i) => [
  name,
  results.slice(i * reports.length, (i + 1) * reports.length),
]);
const foundIds = (rows) =>
  new Set(
    rows.flatMap((r) => (r.errors ?? []).filter((e) => e.by.length).map((e) => `${r.report.name} ${e.id}`)),
  );
const baseline = foundIds(byPerturbation[0][1]);

const planted = reports.reduce((s, r) => s + r.planted.length, 0);
const sum = (rows, key) => rows.reduce((s, r) => s + (r[key] ?? 0), 0);
const table = byPerturbation.map(([name, rows]) => {
  const found = foundIds(rows);
  return [
    name,
    `${sum(rows, 'found')}/${planted}`,
    [...baseline].filter((id) => !found.has(id)).length,
    [...found].filter((id) => !baseline.has(id)).length,
    sum(rows, 'falseErrors'),
    sum(rows, 'otherWarnings'),
    rows.filter((r) => r.error).length,
  ];
});
printTable(['perturbation', 'found', 'lost', 'gained', 'false errors', 'other warnings', 'failed'], table);
for (const [name, rows] of byPerturbation.slice(1)) {
  const found = foundIds(rows);
  const lost = [...baseline].filter((id) => !found.has(id));
  const falseErrors = rows.flatMap((r) =>
    (r.unmatched ?? []).filter((f) => f.severity === 'error').map((f) => `${r.report.name} ${f.rule}`),
  );
  const failed = rows.filter((r) => r.error).map((r) => `${r.report.name}: ${r.error}`);
  if (!lost.length && !falseErrors.length && !failed.length) continue;
  console.log(`\n${name}`);
  for (const id of lost) console.log(`  lost ${id}`);
  for (const f of falseErrors) console.log(`  false error ${f}`);
  for (const f of failed) console.log(`  failed ${f}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
