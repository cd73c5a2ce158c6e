// Shared by scripts/accuracy.mjs (dev corpus) and scripts/heldout.mjs (held-out reports): extract one
// report with the built CLI (`node bin/esg.js extract FILE --format json`), score it with
// ../shared/tools/score-extract.mjs, and print the per-file table both scripts show. Also lists the
// reports of a folder that have a given file beside them (gold facts, planted errors).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/tools/score-extract.mjs');
const cli = path.join(root, 'bin/esg.js');

/**
 * Extracts `report.file` into `tmp` and scores it against `report.gold`: the report with the scorer's
 * figures, the CLI's wall time (`ms`), the output file (`outPath`), the extracted facts (`facts`) and
 * the gold file (`goldPath`: the scorer's figures replace `gold` with a count);
 * or with `error` (the first line the CLI printed) when extraction failed, which is shown, not fatal.
 */
export function extractAndScore(report, tmp) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'extract', report.file, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) {
    const why = (run.stderr || run.error?.message || `exit ${run.status}`).trim().split('\n')[0];
    return { ...report, ms, error: why };
  }
  const outPath = path.join(tmp, `${report.name}.json`);
  fs.writeFileSync(outPath, run.stdout);
  const scored = JSON.parse(
    execFileSync(process.execPath, [scorer, report.gold, outPath, '--json'], { encoding: 'utf8' }),
  );
  // The scorer's `gold` is a count; the gold file's path stays as `goldPath`.
  return { ...report, goldPath: report.gold, ms, outPath, facts: JSON.parse(run.stdout).facts, ...scored };
}

/** The scorer's `--verbose` listing of one scored report (each miss). */
export function scorerVerbose(scored) {
  return execFileSync(process.execPath, [scorer, scored.goldPath, scored.outPath, '--verbose'], {
    encoding: 'utf8',
  });
}

/**
 * The reports (`.txt`, `.pdf`) in `dir` that have a `<name><suffix>` file beside them, by name: each
 * with its file name, path and that file's path as `beside`.
 */
export function reportsWith(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => /^(.*)\.(txt|pdf)$/.exec(name))
    .filter((m) => m && fs.existsSync(path.join(dir, `${m[1]}${suffix}`)))
    .map((m) => ({ name: m[0], file: path.join(dir, m[0]), beside: path.join(dir, `${m[1]}${suffix}`) }));
}

const fmt = (x) => (x === null || x === undefined ? 'n/a' : `${x}%`);

/**
 * A report's table cells: file, gold, extracted, matched, recall, table recall, text recall, precision,
 * codes, gender, then `extra`; a failed report has a dash per figure and its error last.
 */
export function scoreCells(r, extra = []) {
  if (r.error) return [r.name, ...Array.from({ length: 8 + extra.length }, () => '—'), `failed: ${r.error}`];
  return [
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
    ...extra,
  ];
}

/** Prints a header and rows as columns padded to their widest cell. */
export function printTable(header, lines) {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const pad = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(pad(header));
  for (const l of lines) console.log(pad(l));
}
