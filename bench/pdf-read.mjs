#!/usr/bin/env node
// PDF reading speed: esgkit's reader (pdfjs-dist, built dist/) against `pdftotext -layout` (poppler)
// on the same files in the same run. Prints pages/s, ms per file and the ratio to pdftotext; the
// target (issue 3) is at most 3× pdftotext per file. Usage: node bench/pdf-read.mjs [file.pdf ...]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDocument } = await import(path.join(root, 'dist/extract/document/index.js'));
const RUNS = 5;

const corpus = path.resolve(root, '../shared/corpus/dev-pdf');
const files = process.argv.length > 2 ? process.argv.slice(2) : pdfsIn(corpus);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPdftotext) console.log('pdftotext not found (apt-get install poppler-utils): ratios skipped');

let coldMs;
const rows = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const name = path.basename(file);
  const first = performance.now();
  const doc = await readDocument({ bytes, name });
  coldMs ??= performance.now() - first; // includes loading pdfjs
  const ours = median(await timeRuns(() => readDocument({ bytes, name })));
  const poppler = hasPdftotext ? median(await timeRuns(() => pdftotext(file))) : undefined;
  rows.push({ name, pages: doc.pages ?? 0, lines: doc.lines.length, ours, poppler });
}

console.log(`first read (loads pdfjs): ${coldMs?.toFixed(0)} ms; then median of ${RUNS} runs per file`);
console.log(
  pad('file', 44) +
    pad('pages', 7) +
    pad('lines', 7) +
    pad('ms', 9) +
    pad('pages/s', 9) +
    pad('pdftotext ms', 14) +
    'ratio',
);
for (const r of rows) {
  const ratio = r.poppler === undefined ? '–' : `${(r.ours / r.poppler).toFixed(2)}×`;
  console.log(
    pad(r.name, 44) +
      pad(r.pages, 7) +
      pad(r.lines, 7) +
      pad(r.ours.toFixed(0), 9) +
      pad((r.pages / (r.ours / 1000)).toFixed(1), 9) +
      pad(r.poppler?.toFixed(0) ?? '–', 14) +
      ratio,
  );
}
const pages = rows.reduce((n, r) => n + r.pages, 0);
const ms = rows.reduce((n, r) => n + r.ours, 0);
console.log(`total: ${pages} pages in ${ms.toFixed(0)} ms = ${(pages / (ms / 1000)).toFixed(1)} pages/s`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

function pdfsIn(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function timeRuns(fn) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

function pdftotext(file) {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}`);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function pad(v, n) {
  return String(v).padEnd(n);
}
