import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnit, unitOf } from './index.js';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

/** Every `unit` string in every gold file under the corpus, with where it was first seen. */
function goldUnits(): Map<string, string> {
  const units = new Map<string, string>();
  for (const dir of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(CORPUS, dir.name)).filter((f) => f.endsWith('.gold.jsonl'))) {
      const lines = readFileSync(join(CORPUS, dir.name, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        const row = JSON.parse(line) as { unit?: unknown };
        if (typeof row.unit === 'string' && !units.has(row.unit)) units.set(row.unit, `${file}:${i + 1}`);
      });
    }
  }
  return units;
}

describe('corpus gold units', () => {
  const units = goldUnits();

  it('finds the gold files', () => {
    expect(units.size).toBeGreaterThan(50);
  });

  it('parses every unit string printed in the gold files', () => {
    const failures: string[] = [];
    for (const [text, where] of units) {
      try {
        parseUnit(text);
      } catch (e) {
        failures.push(`${where} ${JSON.stringify(text)}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives each of them a canonical symbol that reads back as the same unit', () => {
    for (const text of units.keys()) {
      const u = parseUnit(text);
      const again = unitOf(u.symbol);
      expect({ text, dimension: again.dimension, factor: again.toBase.toFixed() }).toEqual({
        text,
        dimension: u.dimension,
        factor: u.toBase.toFixed(),
      });
    }
  });

  it('reads the empty unit as a plain number', () => {
    expect(units.has('')).toBe(true);
    expect(parseUnit('')).toMatchObject({ symbol: '', dimension: 'count' });
  });
});
