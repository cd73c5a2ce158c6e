#!/usr/bin/env node
// Calculation speed (issue 5), on the built dist/: 1,000,000 generated activity rows. Prints parse
// rows/s (csv-parse) and calculation rows/s (validation + exact aggregation by group + factors)
// separately, then streams parse + calculation end to end at 500,000 and 1,000,000 rows to show
// that the heap does not grow with the rows: aggregation keeps one entry per group, and lineage
// lists at most 1,000 row numbers per group (reached by both sizes here), with exact counts.
// Rates are per CPU-second of this process (user + system, GC threads included), i.e. per core,
// so a busy machine does not distort them; wall times are printed too.
// Target: ≥ 500,000 rows/s per core after parsing. Usage: node --expose-gc bench/calc.mjs [rows]
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const calc = await import(path.join(root, 'dist/calc/index.js'));
const ROWS = Number(process.argv[2] ?? 1_000_000);
const TARGET = 500_000;

const SITES = Array.from({ length: 40 }, (_, i) => `Site ${String(i + 1).padStart(2, '0')}`);
const REGIONS = ['CN-Guangdong', 'CN-Jiangsu', 'CN-North', 'CN', 'HK-CLP'];
const ACTIVITIES = [
  ['electricity', 'kWh'],
  ['electricity', 'MWh'],
  ['electricity_renewable', 'kWh'],
  ['natural_gas', 'm3'],
  ['diesel_mobile', 'L'],
  ['gasoline_mobile', 'L'],
  ['water', 'm3'],
  ['waste_non_hazardous', 't'],
  ['refrigerant_r410a', 'kg'],
  ['business_travel_air', 'km'],
];
// Amounts as spreadsheets print them: thousands separators, up to three decimals.
const AMOUNTS = Array.from({ length: 997 }, (_, i) =>
  (((i * 7919) % 1_000_000) / 7).toLocaleString('en-US', { maximumFractionDigits: 3 }),
);

function cells(i) {
  const [activity, unit] = ACTIVITIES[i % ACTIVITIES.length];
  const site = SITES[(i >> 3) % SITES.length];
  const region = REGIONS[site.charCodeAt(6) % REGIONS.length];
  const ok = !(region === 'HK-CLP' && activity === 'natural_gas');
  return [
    site,
    String(2023 + (i & 1)),
    ok ? activity : 'electricity',
    AMOUNTS[i % AMOUNTS.length],
    ok ? unit : 'kWh',
    region,
  ];
}

const csvCell = (s) => (s.includes(',') ? `"${s}"` : s);
/** The CSV text in chunks of 10,000 rows, generated as they are consumed. */
function* csvChunks(rows) {
  yield 'site,year,activity,amount,unit,region\n';
  for (let start = 0; start < rows; start += 10_000) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++)
      text += cells(i).map(csvCell).join(',') + '\n';
    yield text;
  }
}

/** CPU milliseconds (user + system) of this process since `start`: per-core time, honest on a busy machine. */
const cpuMs = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n, ms) => Math.round(n / (ms / 1000));
const gc = () => globalThis.gc?.();

// 1. Parsing only: csv-parse over the chunks; generating the chunks is timed on its own and subtracted.
let cpu = process.cpuUsage();
let t = performance.now();
let generated = 0;
for (const c of csvChunks(ROWS)) generated += c.length;
const genMs = performance.now() - t;
const genCpu = cpuMs(cpu);
cpu = process.cpuUsage();
t = performance.now();
let parsed = 0;
await calc.readCsvRows(
  csvChunks(ROWS),
  () => {},
  () => parsed++,
);
const parseMs = performance.now() - t - genMs;
const parseCpu = cpuMs(cpu) - genCpu;
console.log(
  `parse: ${parsed.toLocaleString()} rows (${mb(generated)} of CSV): ${rate(parsed, parseCpu).toLocaleString()} rows per CPU-second ` +
    `(${parseCpu.toFixed(0)} ms CPU, ${parseMs.toFixed(0)} ms wall; CSV generation subtracted)`,
);

// 2. Calculation only, after parsing: records → validate + aggregate → factors → facts.
const library = calc.factorLibrary();
calc.runActivityRecords(
  [
    {
      row: 2,
      site: 'warm',
      year: '2023',
      activity: 'electricity',
      amount: '1',
      unit: 'kWh',
      region: 'CN',
      factor: '',
    },
  ],
  { file: 'warm', entity: 'warm', library },
);
const FIELDS = Array.from({ length: 4096 }, (_, i) => cells(i));
function* records(rows) {
  for (let i = 0; i < rows; i++) {
    const c = FIELDS[i & 4095];
    yield {
      row: i + 2,
      site: c[0],
      year: c[1],
      activity: c[2],
      amount: AMOUNTS[i % AMOUNTS.length],
      unit: c[4],
      region: c[5],
      factor: '',
    };
  }
}
cpu = process.cpuUsage();
for (const r of records(ROWS)) void r; // the record generator's own cost, subtracted below
const recCpu = cpuMs(cpu);
gc();
t = performance.now();
cpu = process.cpuUsage();
const result = calc.runActivityRecords(records(ROWS), { file: 'bench.csv', entity: 'Bench', library });
const calcMs = performance.now() - t;
const calcCpu = cpuMs(cpu) - recCpu;
const calcRate = rate(ROWS, calcCpu);
console.log(
  `calculate: ${ROWS.toLocaleString()} rows → ${result.facts.length.toLocaleString()} facts: ${calcRate.toLocaleString()} rows per CPU-second ` +
    `(${calcCpu.toFixed(0)} ms CPU, ${calcMs.toFixed(0)} ms wall; target ≥ ${TARGET.toLocaleString()} per core: ${calcRate >= TARGET ? 'met' : 'NOT met'})`,
);

// 3. End to end, streaming (parse + calculate), at two sizes: heap after the run must not grow with rows.
for (const n of [ROWS / 2, ROWS]) {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  t = performance.now();
  cpu = process.cpuUsage();
  const r = await calc.runActivityCsv(csvChunks(n), { file: 'bench.csv', entity: 'Bench', library });
  const ms = performance.now() - t;
  const used = cpuMs(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `end to end (generate + parse + calculate): ${n.toLocaleString()} rows, ${rate(n, used).toLocaleString()} rows per CPU-second ` +
      `(${used.toFixed(0)} ms CPU, ${ms.toFixed(0)} ms wall); ` +
      `${r.facts.length} facts; heap grew ${mb(peak - before)} at peak (garbage not yet collected), ${mb(after - before)} retained with the result alive`,
  );
}
console.log(
  `peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores (wall times are inflated when other work shares the cores)`,
);
