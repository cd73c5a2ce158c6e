#!/usr/bin/env node
// Check speed (issue 4: a 200 KB report is checked in under 100 ms once extracted): extracts each dev
// report once, then times checkFacts over its facts (coverage and every rule), printing the median
// wall and CPU ms per report. Usage: node bench/check.mjs [report ...]
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDocument, extractDocument } = await import(path.join(root, 'dist/extract/index.js'));
const { checkFacts } = await import(path.join(root, 'dist/check/index.js'));
const RUNS = 10;
const corpus = path.resolve(root, '../shared/corpus/dev');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(corpus)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(corpus, f));

console.log(['file', 'KB', 'facts', 'findings', 'median ms', 'CPU ms'].join('\t'));
for (const file of files) {
  const bytes = readFileSync(file);
  const extracted = extractDocument(await readDocument({ bytes, name: path.basename(file) }));
  const input = { facts: extracted.facts.map((f) => f.fact), index: extracted.index, framework: 'hkex-2020' };
  checkFacts(input); // warm: catalogues are validated once
  const times = [];
  const cpu = process.cpuUsage();
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    findings = checkFacts(input).findings.length;
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  console.log(
    [
      path.basename(file),
      (bytes.length / 1024).toFixed(0),
      input.facts.length,
      findings,
      times[Math.floor(RUNS / 2)].toFixed(1),
      ((used.user + used.system) / 1000 / RUNS).toFixed(1),
    ].join('\t'),
  );
}
