// Shared by scripts/heldout-check.mjs and scripts/perturb-check.mjs: run the built CLI's check on
// reports (`esg check FILE --format json`, in worker threads: scripts/check-worker.mjs) and score its findings against the errors planted
// in it (`<name>.errors.json`: each error's `lines`, the lines a finding about it must name, and its
// `context` lines, the other figures involved).
// A planted error counts as found when a warning or error finding names one of its `lines`; its
// `context` lines do not count, since repeated figures such as a headcount sit in many checks. An
// error-severity finding is false when it names no line or context line of any planted error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { reportsWith } from './extraction-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workerFile = path.join(root, 'scripts/check-worker.mjs');
const COUNTED = new Set(['error', 'warning']);

/** Reports in `dir` with a planted-errors file beside them: name, file and the planted errors. */
export const plantedReports = (dir) =>
  reportsWith(dir, '.errors.json').map((r) => ({
    name: r.name,
    file: r.file,
    planted: JSON.parse(fs.readFileSync(r.beside, 'utf8')),
  }));

/** Source lines a finding names (findings on a PDF name pages, which never match planted lines). */
export const linesOf = (finding) =>
  (finding.source ?? []).map((s) => s.line).filter((l) => Number.isInteger(l));

/**
 * The findings of `esg check FILE` for each file (in order), or `{ error }` with the first line the CLI
 * printed when it failed: the CLI's `main` run in `jobs` worker threads, each loading it once.
 */
export async function checkFiles(files, jobs = 1) {
  const results = new Array(files.length);
  let next = 0;
  const checkOne = (worker, id) =>
    new Promise((resolve, reject) => {
      worker.once('message', (m) => resolve(m.result));
      worker.once('error', reject);
      worker.postMessage({ id, file: files[id] });
    });
  const drain = async () => {
    const worker = new Worker(workerFile);
    try {
      while (next < files.length) {
        const id = next++;
        results[id] = await checkOne(worker, id);
        worker.removeAllListeners('error');
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, drain));
  return results;
}

/**
 * Scores a report's findings: each planted error with the counted findings naming one of its lines
 * (`by`), the counted findings matching no planted error (`unmatched`), `found`, `falseErrors` and
 * `otherWarnings`.
 */
export function scoreFindings(planted, findings) {
  const hits = (e, f) => COUNTED.has(f.severity) && linesOf(f).some((l) => e.lines.includes(l));
  const errors = planted.map((e) => ({ ...e, by: findings.filter((f) => hits(e, f)) }));
  const involved = new Set(planted.flatMap((e) => [...e.lines, ...(e.context ?? [])]));
  const matchesPlanted = (f) => linesOf(f).some((l) => involved.has(l));
  const unmatched = findings.filter((f) => COUNTED.has(f.severity) && !matchesPlanted(f));
  const falseErrors = unmatched.filter((f) => f.severity === 'error').length;
  return {
    errors,
    unmatched,
    found: errors.filter((e) => e.by.length).length,
    falseErrors,
    otherWarnings: unmatched.length - falseErrors,
  };
}
