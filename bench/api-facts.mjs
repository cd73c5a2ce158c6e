#!/usr/bin/env node
// Facts query latency over HTTP (issue 6, item 7), on the built dist/: loads 1,000,000 facts into
// a fresh SQLite file — and into a fresh PostgreSQL database when ESGKIT_TEST_PG_URL is set
// (`eval "$(bash scripts/ci-postgres.sh)"` as root). The organisation, sites, periods and token go
// through the store; the facts through a bench-only bulk path (lib/bulk-facts.mjs: prepared
// inserts in one transaction, the facts indexes built after), checked against the store's import
// path. Then it starts `esg serve` on the store in a child process and, from this process, sends
// GET /api/v1/orgs/{org}/facts with a bearer token at a fixed 200 requests/s on loopback (open loop:
// each request leaves at its scheduled time whether or not earlier ones have answered), mixing the
// list's filters (period, metric, site, status; pages of 100). Prints p50/p95/p99/max latency, the
// achieved rate and the server's CPU time per request, per store. Target: p99 < 50 ms.
// Bounded: at most MAX_REQUESTS requests and MAX_SECONDS of sending per store.
// Usage: node bench/api-facts.mjs [facts] [requests/s]   (defaults 1,000,000 and 200)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { bulkLoadPostgres, bulkLoadSqlite, checkBulkRows } from './lib/bulk-facts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { openStore, parseStoreUrl, systemActor, userActor } = await import(
  path.join(root, 'dist/store/index.js')
);
const { dec, listMetrics, unitOf } = await import(path.join(root, 'dist/core/index.js'));

const FACTS = Number(process.argv[2] ?? 1_000_000);
const RATE = Number(process.argv[3] ?? 200); // requests per second
const WARM_UP = 200; // requests sent (at the same rate) before measuring
const MAX_REQUESTS = 3_000; // 15 s at 200/s
const MAX_SECONDS = 20;
const TARGET_P99_MS = 50;
const PAGE = 100;
const BATCH = 5_000; // facts per bulk statement
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const SITES = 50;
const METRICS = listMetrics()
  .filter((m) => m.kind === 'absolute')
  .slice(0, 100);
const VARIANTS = Math.max(1, Math.ceil(FACTS / (YEARS.length * SITES * METRICS.length)));

/** A small deterministic generator so every run asks the same questions. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** The facts of one period, batch by batch: metric × site × variant, distinct values. */
function* periodBatches(year, siteIds, perPeriod) {
  const period = { year, start: `${year}-01-01`, end: `${year}-12-31` };
  const at = `${year + 1}-03-01T00:00:00.000Z`;
  let batch = [];
  let n = 0;
  for (const metric of METRICS) {
    const unit = unitOf(metric.unit);
    for (let s = 0; s < SITES && n < perPeriod; s++) {
      for (let v = 0; v < VARIANTS && n < perPeriod; v++, n++) {
        batch.push({
          entity: 'Bench Holdings',
          siteId: siteIds[s],
          period,
          metric: metric.id,
          dims: { site: `Site ${s + 1}`, segment: `segment ${v + 1}` },
          quantity: { value: dec(((n * 7919) % 1_000_003) / 100), unit },
          basis: 'actual',
          provenance: { kind: 'entry', user: 'bench@example.test', at },
          status: 'unverified',
          label: metric.label,
        });
        if (batch.length === BATCH) {
          yield batch;
          batch = [];
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Loads FACTS facts into the store at `url`; returns what the queries need. The organisation, sites,
 * periods, user and token go through the store; the facts through the bench's bulk path
 * (lib/bulk-facts.mjs), one transaction per period, checked against the store's own import path.
 */
async function load(url) {
  let store = await openStore(url, { scryptN: 1024 });
  try {
    const user = await store.createUser(
      { email: 'bench@example.test', name: 'Bench', password: 'bench password' },
      systemActor('bench'),
    );
    const actor = userActor(user.id);
    const org = await store.createOrganisation('Bench Holdings', actor);
    const siteIds = [];
    for (let s = 0; s < SITES; s++) {
      siteIds.push(
        (await store.createSite(org.id, { name: `Site ${s + 1}`, boundary: { kind: 'in' } }, actor)).id,
      );
    }
    const periodIds = [];
    for (const year of YEARS) periodIds.push((await store.openPeriod(org.id, { year }, actor)).id);
    await store.close();
    store = undefined;

    const started = performance.now();
    const location = parseStoreUrl(url);
    const bulk = location.dialect === 'postgres' ? bulkLoadPostgres : bulkLoadSqlite;
    const target = location.dialect === 'postgres' ? location.url : location.file;
    const at = new Date().toISOString();
    const perPeriod = Math.ceil(FACTS / YEARS.length);
    let counted = 0;
    /** Each period's stamp and batches, generated as the loader asks for them. */
    function* periods() {
      for (const [i, year] of YEARS.entries()) {
        const count = Math.min(perPeriod, FACTS - counted);
        counted += count;
        const stamp = {
          orgId: org.id,
          periodId: periodIds[i],
          year,
          actor: `user:${user.id}`,
          reason: 'benchmark load',
          at,
        };
        yield { stamp, batches: periodBatches(year, siteIds, count) };
        process.stdout.write(
          `  period ${year}: ${counted.toLocaleString('en-US')} facts in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
        );
      }
    }
    const cpu = process.cpuUsage();
    const loaded = await bulk(target, periods());
    const { user: userMicros, system: systemMicros } = process.cpuUsage(cpu);
    const loaderCpuSeconds = (userMicros + systemMicros) / 1e6;
    const seconds = (performance.now() - started) / 1000;

    store = await openStore(url, { scryptN: 1024 });
    const sample = periodBatches(YEARS[0], siteIds, 1_000).next().value ?? [];
    await checkBulkRows(store, org.id, periodIds[0], sample, actor);
    const analyzing = performance.now();
    await store.analyze();
    const analyzeSeconds = (performance.now() - analyzing) / 1000;
    const { secret } = await store.createApiToken(user.id, 'benchmark');
    return { orgId: org.id, siteIds, periodIds, secret, loaded, seconds, loaderCpuSeconds, analyzeSeconds };
  } finally {
    await store?.close();
  }
}

/** Starts `esg serve` on the store in a child process; resolves to its URL and the process. */
function serve(url) {
  const child = spawn(
    process.execPath,
    [
      // ESGKIT_BENCH_CPU_PROF=<dir> writes the server's CPU profile there (node --cpu-prof).
      ...(process.env.ESGKIT_BENCH_CPU_PROF
        ? ['--cpu-prof', '--cpu-prof-dir', process.env.ESGKIT_BENCH_CPU_PROF]
        : []),
      path.join(root, 'bin/esg.js'),
      'serve',
      '--db',
      url,
      '--port',
      '0',
      '--log-level',
      'error',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('esg serve did not start within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /serving on (http:\/\/\S+?)[\s(]/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.once('exit', (code) => reject(new Error(`esg serve exited with ${code}: ${out}`)));
  });
}

/** One query path of a mixed workload. */
function queries(ctx) {
  const rand = prng(20_250_601);
  const metrics = METRICS.map((m) => m.id);
  return () => {
    const period = pick(rand, ctx.periodIds);
    const shapes = [
      `periodId=${period}&metric=${pick(rand, metrics)}`,
      `periodId=${period}&siteId=${pick(rand, ctx.siteIds)}`,
      `periodId=${period}&metric=${pick(rand, metrics)}&siteId=${pick(rand, ctx.siteIds)}`,
      `metric=${pick(rand, metrics)}&status=unverified`,
    ];
    return `/api/v1/orgs/${ctx.orgId}/facts?limit=${PAGE}&${pick(rand, shapes)}`;
  };
}

/** Sends `count` requests at RATE per second (bounded by MAX_SECONDS); returns latencies in ms. */
async function drive(base, ctx, count) {
  const next = queries(ctx);
  const headers = { authorization: `Bearer ${ctx.secret}` };
  const latencies = [];
  let errors = 0;
  let items = 0;
  const firstErrors = new Set();
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    if (performance.now() - start > MAX_SECONDS * 1000) break;
    const sent = performance.now();
    pending.push(
      globalThis
        .fetch(`${base}${next()}`, { headers })
        .then(async (res) => {
          const text = await res.text();
          latencies.push(performance.now() - sent);
          // The client shares the machine with the server: parse one answer in ten to count facts.
          if (res.status === 200) items += i % 10 === 0 ? JSON.parse(text).items.length * 10 : 0;
          else {
            errors++;
            firstErrors.add(`HTTP ${res.status}: ${text.slice(0, 200)}`);
          }
        })
        .catch((e) => {
          errors++;
          firstErrors.add(String(e.cause ?? e).slice(0, 200));
        }),
    );
  }
  const sendSeconds = (performance.now() - start) / 1000;
  const sentCount = pending.length;
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  for (const e of [...firstErrors].slice(0, 3)) console.log(`  error: ${e}`);
  return { latencies, errors, items, seconds, sent: sentCount, sendSeconds };
}

/** CPU seconds (user + system) a process has used, from /proc (Linux; NaN elsewhere). */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of proc(5), utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The process ids of PostgreSQL backends serving the server's database (none for SQLite). */
async function databaseBackends(url) {
  if (!url.startsWith('postgres')) return [];
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/** CPU seconds of each process, by id. */
const cpuOf = (pids) => new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));

/** CPU seconds used between two snapshots by the processes alive at both (a backend may close). */
function cpuBetween(before, after) {
  let sum = 0;
  for (const [pid, was] of before) {
    const now = after.get(pid);
    if (Number.isFinite(was) && now !== undefined && Number.isFinite(now)) sum += now - was;
  }
  return sum;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function benchmark(name, url) {
  console.log(`\n${name}: loading ${FACTS.toLocaleString('en-US')} facts`);
  const ctx = await load(url);
  console.log(
    `  ${ctx.loaded.toLocaleString('en-US')} facts in ${ctx.seconds.toFixed(1)} s (${Math.round(ctx.loaded / ctx.seconds).toLocaleString('en-US')} facts/s; ${ctx.loaderCpuSeconds.toFixed(1)} s of the bench's CPU, indexes rebuilt after), ANALYZE ${ctx.analyzeSeconds.toFixed(1)} s`,
  );
  const { url: base, child } = await serve(url);
  try {
    await drive(base, ctx, WARM_UP);
    const loadBefore = os.loadavg()[0];
    const cpuBefore = cpuSeconds(child.pid);
    const backends = await databaseBackends(url);
    const dbCpuBefore = cpuOf(backends);
    const run = await drive(base, ctx, MAX_REQUESTS);
    const cpuPerRequest = ((cpuSeconds(child.pid) - cpuBefore) * 1000) / Math.max(1, run.latencies.length);
    const dbCpuPerRequest =
      (cpuBetween(dbCpuBefore, cpuOf(backends)) * 1000) / Math.max(1, run.latencies.length);
    const sorted = [...run.latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const p99 = percentile(sorted, 99);
    console.log(
      `  sent ${run.sent} requests in ${run.sendSeconds.toFixed(1)} s (${(run.sent / run.sendSeconds).toFixed(0)}/s); all answered after ${run.seconds.toFixed(1)} s (${(run.latencies.length / run.seconds).toFixed(0)}/s), ${run.errors} errors, ${(run.items / Math.max(1, run.latencies.length)).toFixed(0)} facts per page`,
    );
    console.log(
      `  latency p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms — target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS && run.errors === 0 ? 'met' : 'NOT MET'}`,
    );
    // On a machine shared with other work the latencies measure the contention too; the server's
    // own CPU time per request (and the load average) say how much of it is the server's.
    console.log(
      `  server CPU ${cpuPerRequest.toFixed(2)} ms per request (about ${Math.floor(1000 / cpuPerRequest)} requests/s per core)${backends.length > 0 ? `, PostgreSQL backends ${dbCpuPerRequest.toFixed(2)} ms` : ''}; load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} (1 min, before → after the run) on ${os.cpus().length} CPUs`,
    );
    return p99 < TARGET_P99_MS && run.errors === 0;
  } finally {
    child.kill('SIGTERM');
  }
}

async function withPostgres(adminUrl, work) {
  const pg = (await import('pg')).default;
  const name = `esgkit_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await sleep(500); // let the server's pool close
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      // An autovacuum worker on the fresh database (run by the superuser) cannot be ended by the
      // bench's role: wait for it and try again, and never let the clean-up hide the figures.
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          break;
        } catch (e) {
          // Autovacuum of a million fresh rows can take most of a minute on a busy machine.
          if (attempt === 45) {
            console.warn(`  could not drop the bench database ${name}: ${String(e)}`);
            break;
          }
          await sleep(2_000);
        }
      }
    } finally {
      await client.end();
    }
  }
}

console.log(
  `api-facts: ${os.cpus().length} CPUs, Node ${process.version}, ${RATE} requests/s, pages of ${PAGE}`,
);
// ESGKIT_BENCH_STORES=sqlite (or postgres) runs one store only.
const stores = (process.env.ESGKIT_BENCH_STORES ?? 'sqlite,postgres').split(',');
let ok = true;
if (stores.includes('sqlite')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esgkit-bench-'));
  try {
    ok = (await benchmark('SQLite', `sqlite:${path.join(dir, 'bench.db')}`)) && ok;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const pgUrl = process.env.ESGKIT_TEST_PG_URL;
if (!stores.includes('postgres')) console.log('\nPostgreSQL: not asked for (ESGKIT_BENCH_STORES)');
else if (pgUrl) ok = (await withPostgres(pgUrl, (url) => benchmark('PostgreSQL', url))) && ok;
else
  console.log(
    '\nPostgreSQL: skipped (ESGKIT_TEST_PG_URL is not set; eval "$(bash scripts/ci-postgres.sh)" as root)',
  );
process.exitCode = ok ? 0 : 1;
