import { describe, expect, it } from 'vitest';
import { figureOf } from '../precision/index.js';
import { printed } from '../testing/printed-fact.js';
import { FactIndex } from './fact-index.js';
import { countsOtherThing } from './counted-noun.js';
import { senseOf } from './figure-sense.js';

// What the check reads once and keeps (senses, label nouns, index keys, ranges) must give what a
// fresh reading gives, however often and in whatever order the rules ask.

/** A sentence counting `noun` ("14 depots"): the printed unit names what is counted. */
const counting = (quote: string, noun: string) => {
  const fact = printed({
    metric: 'x',
    value: '14',
    unit: 'count',
    year: 2025,
    line: 9,
    extraction: 'text',
    quote,
  });
  if (fact.provenance.kind !== 'document') throw new Error('a printed fact is a document fact');
  return figureOf({ ...fact, provenance: { ...fact.provenance, reported: { value: '14', unit: noun } } });
};

describe('senseOf read once per figure and metric label', () => {
  it('gives each label its own sense, asked in turn', () => {
    const f = counting('14 management trainees joined the scheme', 'trainees');
    const plain = senseOf(f).markers;
    const named = senseOf(f, 'Management trainees').markers;
    expect(plain).toContain('subset');
    expect(named).not.toContain('subset');
    expect(senseOf(f).markers).toEqual(plain);
    expect(senseOf(f, 'Management trainees').markers).toEqual(named);
  });
});

describe('countsOtherThing over a label read once', () => {
  it('matches a counted noun by its stem, employees by any word for them', () => {
    const staff = senseOf(counting('we employ 14 employees at the depot', 'employees'));
    const depots = senseOf(counting('the group runs 14 depots', 'depots'));
    expect(countsOtherThing(staff, { label: 'Number of staff' })).toBe(false);
    expect(countsOtherThing(staff, { label: 'Number of depots' })).toBe(true);
    expect(countsOtherThing(depots, { label: 'Depots in operation' })).toBe(false);
    // Asked again (the label's nouns now kept), the same answers.
    expect(countsOtherThing(depots, { label: 'Number of staff' })).toBe(true);
    expect(countsOtherThing(staff, { label: 'Number of staff' })).toBe(false);
  });
});

describe('FactIndex keys', () => {
  it('finds a breakdown whose parent dims are the parts’ dims less one, in any key order', () => {
    const row = (value: string, line: number, dims: Record<string, string>) =>
      printed({ metric: 'workforce.total', value, unit: 'persons', year: 2025, line, dims });
    const index = new FactIndex([
      row('61', 1, { site: 'North', gender: 'female' }),
      row('39', 2, { gender: 'male', site: 'North' }),
      row('100', 3, { site: 'North' }),
    ]);
    const series = { entity: 'Test Co', metric: 'workforce.total', year: 2025, basis: 'actual' } as const;
    const [byGender] = index.breakdownsOf(series, { site: 'North' });
    expect(byGender?.by).toBe('gender');
    expect(byGender?.parts.map((f) => f.value.toString())).toEqual(['61', '39']);
    expect(index.find(series, { site: 'North', gender: 'male' })).toHaveLength(1);
  });
});

describe('figure range read when asked', () => {
  it('is half a unit of the last printed digit, the same object each time', () => {
    const f = figureOf(
      printed({ metric: 'energy.total', value: '533.30', unit: 'MWh', year: 2025, line: 4 }),
    );
    expect([f.range.lo.toString(), f.range.hi.toString()]).toEqual(['533.295', '533.305']);
    expect(f.range).toBe(f.range);
  });
});
