// Cross-module integrity: the metric catalogue against the unit registry and the framework catalogues.
import { describe, expect, it } from 'vitest';
import { findItem, getFramework, qualify } from '../frameworks/index.js';
import { parseUnit, unitOf } from '../units/index.js';
import { listMetrics } from './metric-catalogue.js';

describe('metric catalogue against the unit registry', () => {
  it.each(listMetrics().map((m) => [m.id, m] as const))(
    '%s has a canonical unit of its dimension',
    (_, m) => {
      expect(unitOf(m.unit).symbol).toBe(m.unit);
      expect(parseUnit(m.unit).dimension).toBe(m.dimension);
      for (const alt of m.altUnits) {
        expect(unitOf(alt).symbol).toBe(alt);
        // An alternative unit is only needed where no unit conversion reaches the canonical one.
        expect(parseUnit(alt).dimension).not.toBe(m.dimension);
      }
    },
  );
});

describe('metric catalogue against the framework catalogues', () => {
  it('cites only codes that exist in a framework', () => {
    const unknown = listMetrics().flatMap((m) => m.codes.filter((c) => findItem(c) === undefined));
    expect(unknown).toEqual([]);
  });

  it.each(['hkex-2020', 'hkex-c2'])('covers every quantitative item of %s with a metric', (id) => {
    const framework = getFramework(id);
    const cited = new Set(listMetrics().flatMap((m) => m.codes));
    const uncovered = framework.items
      .filter((i) => i.quantitative)
      .map((i) => qualify(framework.prefix, i.code))
      .filter((code) => !cited.has(code));
    expect(uncovered).toEqual([]);
  });

  it('covers the common GRI 300 and 400 disclosures', () => {
    const common = [
      '2-7',
      '2-8',
      '201-1',
      '205-3',
      '301-1',
      '302-1',
      '302-2',
      '302-3',
      '302-4',
      '303-3',
      '303-4',
      '303-5',
      '305-1',
      '305-2',
      '305-3',
      '305-4',
      '305-5',
      '305-6',
      '305-7',
      '306-3',
      '306-4',
      '306-5',
      '401-1',
      '401-3',
      '403-9',
      '403-10',
      '404-1',
      '404-3',
      '405-1',
      '405-2',
      '418-1',
    ];
    const cited = new Set(listMetrics().flatMap((m) => m.codes));
    expect(common.filter((c) => !cited.has(`GRI:${c}`))).toEqual([]);
  });
});
