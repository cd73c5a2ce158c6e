// A bulk path for loading benchmark facts, used only by bench/api-facts.mjs: it writes `facts` rows
// (with each fact's API JSON, `fact_json`) and `fact_versions` rows straight through the driver
// (better-sqlite3 prepared statements, or PostgreSQL multi-row `INSERT … SELECT FROM unnest(…)`) in
// one transaction, with the facts table's secondary indexes dropped first and built again after
// (one sorted build each instead of a million random inserts into each), instead of one store
// import per 5,000 facts. It is not a way into the store for anything else: rows must be spelled
// exactly as the store writes them, which `checkBulkRows` proves after each load (the stored JSON
// says what the store's factJson says, and a sample re-imported through the store comes back
// `unchanged`).
// Lives in bench/lib/ so bench/run.mjs, which runs every bench/*.mjs, does not run it.
import { randomBytes } from 'node:crypto';

/** JSON with object keys sorted at every level (the store's canonical spelling, canonical-json.ts). */
function canonicalJson(value) {
  const sortKeys = (v) => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([k, x]) => [k, sortKeys(x)]));
    }
    return v;
  };
  return JSON.stringify(sortKeys(value));
}

/** A decimal as the store writes it: plain notation (fact-row.ts decimalText). */
const decimalText = (d) => (d.isZero() ? '0' : d.toFixed());

let lastMs = 0;
let sequence = 0;
/** UUIDv7 ids in creation order, as the store's time-ordered-id.ts makes them. */
function newId() {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs++;
    sequence = 0;
  }
  const ms = lastMs.toString(16).padStart(12, '0');
  const tail = randomBytes(8);
  const randB = ((tail.readUInt16BE(0) & 0x3fff) | 0x8000).toString(16);
  return `${ms.slice(0, 8)}-${ms.slice(8)}-${(0x7000 | sequence).toString(16)}-${randB}-${tail.subarray(2).toString('hex')}`;
}

const FACT_COLUMNS = [
  'id',
  'org_id',
  'period_id',
  'site_id',
  'entity',
  'metric',
  'dims',
  'basis',
  'fact_key',
  'status',
  'current_version',
  'updated_at',
  'fact_json',
];
const VERSION_COLUMNS = [
  'fact_id',
  'version',
  'value',
  'unit_symbol',
  'unit_dimension',
  'unit_to_base',
  'unit_counted',
  'label',
  'provenance_kind',
  'provenance',
  'status',
  'import_id',
  'actor',
  'reason',
  'created_at',
];

/**
 * The fact's JSON as the API answers with it (the store's FactJson, kept in `facts.fact_json`):
 * version 1, written by `actor` (`user:<id>` or `system:<name>`), from no uploaded document.
 */
function factJsonText(fact, id, { orgId, periodId, year, actor, reason, at }) {
  const [kind, name] = [actor.slice(0, actor.indexOf(':')), actor.slice(actor.indexOf(':') + 1)];
  return JSON.stringify({
    id,
    orgId,
    periodId,
    siteId: fact.siteId ?? null,
    version: 1,
    entity: fact.entity,
    year,
    metric: fact.metric,
    label: fact.label ?? null,
    dims: JSON.parse(canonicalJson(fact.dims)),
    basis: fact.basis,
    value: decimalText(fact.quantity.value),
    unit: fact.quantity.unit.symbol,
    status: fact.status,
    provenance: JSON.parse(canonicalJson(fact.provenance)),
    changedAt: at,
    changedBy: kind === 'user' ? { kind, userId: name } : { kind, name },
    reason,
    documentId: null,
  });
}

/** The `facts` and `fact_versions` rows (as value arrays in column order) of one fact write. */
function rows(fact, stamp) {
  const { orgId, periodId, actor, reason, at } = stamp;
  const id = newId();
  const siteId = fact.siteId ?? null;
  const dims = canonicalJson(fact.dims);
  const key = canonicalJson([fact.entity, siteId, fact.metric, fact.dims, fact.basis]);
  const { value, unit } = fact.quantity;
  const json = factJsonText(fact, id, stamp);
  return {
    fact: [
      id,
      orgId,
      periodId,
      siteId,
      fact.entity,
      fact.metric,
      dims,
      fact.basis,
      key,
      fact.status,
      1,
      at,
      json,
    ],
    version: [
      id,
      1,
      decimalText(value),
      unit.symbol,
      unit.dimension,
      decimalText(unit.toBase),
      unit.counted ?? null,
      fact.label ?? null,
      fact.provenance.kind,
      canonicalJson(fact.provenance),
      fact.status,
      null,
      actor,
      reason,
      at,
    ],
  };
}

/**
 * Writes each period's batches of facts (`[{ stamp, batches }]`, stamp: orgId, periodId, year, actor,
 * reason, at) into an SQLite file in one transaction; returns how many.
 */
export async function bulkLoadSqlite(file, periods) {
  const Sqlite = (await import('better-sqlite3')).default;
  const db = new Sqlite(file);
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -262144');
    const insertFact = db.prepare(
      `INSERT INTO facts (${FACT_COLUMNS.join(', ')}) VALUES (${FACT_COLUMNS.map(() => '?').join(', ')})`,
    );
    const insertVersion = db.prepare(
      `INSERT INTO fact_versions (${VERSION_COLUMNS.join(', ')}) VALUES (${VERSION_COLUMNS.map(() => '?').join(', ')})`,
    );
    // Indexes written by CREATE INDEX (not those backing the primary key and unique constraints).
    const indexes = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' AND sql IS NOT NULL",
      )
      .all();
    let n = 0;
    db.transaction(() => {
      for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
      for (const { stamp, batches } of periods) {
        for (const batch of batches) {
          for (const fact of batch) {
            const r = rows(fact, stamp);
            insertFact.run(r.fact);
            insertVersion.run(r.version);
            n++;
          }
        }
      }
      for (const { sql } of indexes) db.exec(sql);
    })();
    return n;
  } finally {
    db.close();
  }
}

// PostgreSQL types of the columns, for unnest's typed arrays.
const PG_TYPES = {
  current_version: 'integer',
  version: 'integer',
  value: 'numeric',
  unit_to_base: 'numeric',
};

/** `INSERT INTO table (cols) SELECT * FROM unnest($1::t[], …)`: one statement for many rows. */
function unnestInsert(table, columns) {
  const arrays = columns.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`);
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
}

/** Writes each period's batches of facts into PostgreSQL in one transaction; returns how many. */
export async function bulkLoadPostgres(url, periods) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const factSql = unnestInsert('facts', FACT_COLUMNS);
  const versionSql = unnestInsert('fact_versions', VERSION_COLUMNS);
  let n = 0;
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    // Indexes not backing a constraint (the primary key and the identity key stay).
    const { rows: indexes } = await client.query(
      `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
       WHERE i.tablename = 'facts' AND i.schemaname = current_schema()
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);
    for (const { stamp, batches } of periods) {
      for (const batch of batches) {
        const facts = FACT_COLUMNS.map(() => []);
        const versions = VERSION_COLUMNS.map(() => []);
        for (const fact of batch) {
          const r = rows(fact, stamp);
          r.fact.forEach((v, i) => facts[i].push(v));
          r.version.forEach((v, i) => versions[i].push(v));
        }
        await client.query(factSql, facts);
        await client.query(versionSql, versions);
        n += batch.length;
      }
    }
    for (const { sql } of indexes) await client.query(sql);
    await client.query('COMMIT');
    return n;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    await client.end();
  }
}

/**
 * Proves the bulk rows are the store's own: the facts list's stored JSON of the period's first
 * page must say what the store's `factJson` says of the same facts read as objects, and
 * re-importing `sample` (facts already bulk-loaded) through the store must find every one
 * unchanged — same identity key, same content spelling.
 */
export async function checkBulkRows(store, orgId, periodId, sample, actor) {
  const { factJson } = await import('../../dist/store/index.js');
  const objects = await store.listFacts(orgId, { periodId, limit: 100 }, actor);
  const texts = await store.listFactsJson(orgId, { periodId, limit: 100 }, actor);
  const want = JSON.stringify(objects.items.map(factJson));
  const got = JSON.stringify(texts.items.map((t) => JSON.parse(t)));
  if (got !== want) throw new Error(`bulk-loaded fact_json differs from the store's: ${got.slice(0, 300)}`);
  const result = await store.upsertFacts(orgId, periodId, sample, actor, 'benchmark check', {
    source: 'api',
  });
  if (result.unchanged !== sample.length)
    throw new Error(
      `bulk-loaded rows differ from the store's: ${JSON.stringify({ ...result, facts: undefined })}`,
    );
}
