import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withNamedStatements, type QueryPool } from './named-statements.js';

/** A pool that records the statements sent to it. */
function recordingPool() {
  const sent: pg.QueryConfig[] = [];
  const released: (boolean | undefined)[] = [];
  const pool: QueryPool = {
    connect: () =>
      Promise.resolve({
        query: (config: pg.QueryConfig) => {
          sent.push(config);
          return Promise.resolve({ command: 'SELECT', rowCount: 0, rows: [], oid: 0, fields: [] });
        },
        release: (destroy?: boolean) => {
          released.push(destroy);
        },
      }),
    end: () => Promise.resolve(),
  };
  return { pool, sent, released };
}

describe('withNamedStatements', () => {
  it('names a statement from its second use on, one name per text, and passes the values', async () => {
    const { pool, sent, released } = recordingPool();
    const client = await withNamedStatements(pool).connect();
    await client.query('select 1 where a = $1', ['x']);
    await client.query('select 1 where a = $1', ['y']);
    await client.query('select 2', []);
    await client.query('select 1 where a = $1', ['z']);
    await client.query('select 2', []);
    client.release(true);
    expect(sent).toEqual([
      { text: 'select 1 where a = $1', values: ['x'] },
      { text: 'select 1 where a = $1', values: ['y'], name: 'esgkit_1' },
      { text: 'select 2', values: [] },
      { text: 'select 1 where a = $1', values: ['z'], name: 'esgkit_1' },
      { text: 'select 2', values: [], name: 'esgkit_2' },
    ]);
    expect(released).toEqual([true]);
  });

  it('names at most 256 statements per store; the rest run unnamed', async () => {
    const { pool, sent } = recordingPool();
    const client = await withNamedStatements(pool).connect();
    for (let i = 0; i < 300; i++) {
      await client.query(`select ${i}`, []);
      await client.query(`select ${i}`, []);
    }
    const named = new Set(sent.map((s) => s.name).filter((n) => n !== undefined));
    expect(named.size).toBe(256);
    expect(sent.at(-1)).toEqual({ text: 'select 299', values: [] });
  });
});
