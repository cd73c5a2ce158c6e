#!/usr/bin/env node
// Check speed per rule (issue 4: a 200 KB report is checked in under 100 ms once extracted): extracts
// each report once, then times, on a fresh rule context each run, building the context (the fact index),
// each rule of RULES alone and coverage, and prints them sorted slowest first with the median ms over
// the runs. "alone" includes the lazy index work a rule triggers first (senses, representatives: shared
// caches an earlier rule fills in a real check), so those times add up to more than a check; "warm" is
// the rule run again on a context every rule has already run on: its own cost once the caches are full.
// Times are CPU ms unless --wall is given.
// Usage: node scripts/profile-check.mjs [--runs N] [--wall] [report ...]   (default: the dev corpus texts)
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDocument, extractDocument } = await import(path.join(root, 'dist/extract/index.js'));
const { checkFacts, RULES } = await import(path.join(root, 'dist/check/index.js'));
const { ruleContext, catalogueMetric } = await import(path.join(root, 'dist/check/rules/index.js'));

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
/** CPU ms of this process (steadier than wall time on a busy machine); `--wall` for wall time. */
const wall = args.includes('--wall');
if (wall) args.splice(args.indexOf('--wall'), 1);
const corpus = path.resolve(root, '../shared/corpus/dev');
const files =
  args.length > 0
    ? args
    : readdirSync(corpus)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(corpus, f));

const now = () => {
  if (wall) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms of `fn` run RUNS times, each on a value `prepare` gives afresh (not timed). */
function time(prepare, fn) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const x = prepare();
    const t = now();
    fn(x);
    ms.push(now() - t);
  }
  return median(ms);
}

for (const file of files) {
  const bytes = readFileSync(file);
  const extracted = extractDocument(await readDocument({ bytes, name: path.basename(file) }));
  const facts = extracted.facts.map((f) => f.fact);
  const input = { facts, index: extracted.index, framework: 'hkex-2020' };
  checkFacts(input); // warm: catalogues are validated once, the JIT has seen every rule
  const fresh = () => ruleContext(facts, catalogueMetric);
  const rows = [['(context)', time(() => undefined, fresh), '', '']];
  const warm = new Map(RULES.map((r) => [r.id, []]));
  for (let i = 0; i < RUNS; i++) {
    const ctx = fresh();
    for (const rule of RULES) rule.run(ctx);
    for (const rule of RULES) {
      const t = now();
      rule.run(ctx);
      warm.get(rule.id).push(now() - t);
    }
  }
  for (const rule of RULES) {
    let n = 0;
    const alone = time(fresh, (ctx) => (n = rule.run(ctx).length));
    rows.push([rule.id, alone, median(warm.get(rule.id)).toFixed(2), n]);
  }
  rows.push([
    '(coverage)',
    time(
      () => undefined,
      () => checkFacts({ ...input, rules: [] }),
    ),
    '',
    '',
  ]);
  const whole = time(
    () => undefined,
    () => checkFacts(input),
  );
  rows.sort((a, b) => b[1] - a[1]);
  const sum = rows.reduce((s, r) => s + r[1], 0);
  console.log(
    `\n${path.basename(file)}: ${(bytes.length / 1024).toFixed(0)} KB, ${facts.length} facts; ` +
      `checkFacts median ${whole.toFixed(1)} ms (alone times add to ${sum.toFixed(1)} ms), ${RUNS} runs`,
  );
  console.log(['alone ms', '%', 'warm ms', 'findings', 'rule'].join('\t'));
  for (const [id, ms, w, n] of rows)
    console.log([ms.toFixed(2), ((100 * ms) / sum).toFixed(1), w, n, id].join('\t'));
}
