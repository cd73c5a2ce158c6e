#!/usr/bin/env node
// PDF reading speed: esgkit's reader (pdfjs-dist, built dist/) against `pdftotext -layout` (poppler)
// on the same files in the same run. Prints pages/s, ms per file and the ratio to pdftotext; the
// target (issue 3) is at most 3× pdftotext per file. CPU times are shown too: on a loaded machine
// they compare the work done better than wall time. Usage: node bench/pdf-read.mjs [file.pdf ...]
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
  const name = path.basename(file);
  const first = performance.now();
  const doc = await readDocument({ path: file });
  coldMs ??= performance.now() - first; // includes loading pdfjs
  const cpu = process.cpuUsage();
  const ours = median(await timeRuns(() => readDocument({ path: file })));
  const oursCpu = cpuMs(process.cpuUsage(cpu)) / RUNS;
  const children = childCpuMs();
  const poppler = hasPdftotext ? median(await timeRuns(() => pdftotext(file))) : undefined;
  const popplerCpu = children === undefined ? undefined : ((childCpuMs() ?? 0) - children) / RUNS;
  rows.push({ name, pages: doc.pages ?? 0, lines: doc.lines.length, ours, poppler, oursCpu, popplerCpu });
}

console.log(`first read (loads pdfjs): ${coldMs?.toFixed(0)} ms; then median of ${RUNS} runs per file`);
const header = [
  'file',
  'pages',
  'lines',
  'ms',
  'pages/s',
  'pdftotext ms',
  'ratio',
  'cpu ms: ours / pdftotext',
];
const widths = [44, 7, 7, 8, 9, 14, 8, 0];
const table = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join('');
console.log(table(header));
for (const r of rows) {
  const ratio = r.poppler === undefined ? '–' : `${(r.ours / r.poppler).toFixed(2)}×`;
  const cpu =
    r.popplerCpu === undefined || r.popplerCpu <= 0
      ? '–'
      : `${r.oursCpu.toFixed(0)} / ${r.popplerCpu.toFixed(0)} (${(r.oursCpu / r.popplerCpu).toFixed(2)}×)`;
  const perSecond = (r.pages / (r.ours / 1000)).toFixed(1);
  console.log(
    table([r.name, r.pages, r.lines, r.ours.toFixed(0), perSecond, r.poppler?.toFixed(0) ?? '–', ratio, cpu]),
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

function cpuMs(usage) {
  return (usage.user + usage.system) / 1000;
}

/** CPU time of finished child processes (Linux /proc; clock ticks of 10 ms), or undefined elsewhere. */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime (fields 16 and 17)
  } catch {
    return undefined;
  }
}

function pdftotext(file) {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}`);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
