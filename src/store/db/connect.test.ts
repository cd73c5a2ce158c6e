import { describe, expect, it } from 'vitest';
import { parseStoreUrl } from './connect.js';

describe('parseStoreUrl', () => {
  it('sends postgres URLs to PostgreSQL and everything else to an SQLite file', () => {
    expect(parseStoreUrl('postgres://u:p@127.0.0.1:5432/esg')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@127.0.0.1:5432/esg',
    });
    expect(parseStoreUrl('postgresql://db.internal/esg').dialect).toBe('postgres');
    expect(parseStoreUrl('sqlite:./esgkit.db')).toEqual({ dialect: 'sqlite', file: './esgkit.db' });
    expect(parseStoreUrl('sqlite:///var/lib/esg/data.db')).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/esg/data.db',
    });
    expect(parseStoreUrl('/tmp/x.db')).toEqual({ dialect: 'sqlite', file: '/tmp/x.db' });
    expect(parseStoreUrl(':memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
    expect(parseStoreUrl('sqlite:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
  });
});
