#!/usr/bin/env node
// Text extraction speed and memory (issue 3): reads each dev text report, then times the whole
// pipeline (reader + extraction) warm, and prints MB/s, ms per file and peak RSS. The target is
// under 200 ms for a 200 KB report once warm. Usage: node bench/extract-text.mjs [file.txt ...]
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDocument, extractDocument } = await import(path.join(root, 'dist/extract/index.js'));
const RUNS = 10;
const corpus = path.resolve(root, '../shared/corpus/dev');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(corpus)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(corpus, f));

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
let totalBytes = 0;
let totalMs = 0;
console.log(['file', 'KB', 'facts', 'median ms', 'CPU ms', 'MB/s'].join('\t'));
// CPU ms (user + system per run) shows the work done even when other processes load the machine.
for (const file of files) {
  const bytes = readFileSync(file);
  const name = path.basename(file);
  const once = async () => extractDocument(await readDocument({ bytes, name }));
  await once(); // warm: JIT and lazily built catalogues
  const times = [];
  const cpu = process.cpuUsage();
  let facts = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    facts = (await once()).facts.length;
    times.push(performance.now() - t);
    sample();
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / RUNS;
  times.sort((a, b) => a - b);
  const med = times[Math.floor(RUNS / 2)];
  totalBytes += bytes.length;
  totalMs += med;
  console.log(
    [
      name,
      (bytes.length / 1024).toFixed(0),
      facts,
      med.toFixed(1),
      cpuMs.toFixed(1),
      (bytes.length / 1e6 / (med / 1000)).toFixed(2),
    ].join('\t'),
  );
}
console.log(
  `throughput ${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s over ${files.length} files; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
);
