import { describe, expect, it } from 'vitest';
import { figureOf } from '../precision/index.js';
import { printed } from '../testing/printed-fact.js';
import { senseOf } from './figure-sense.js';

const sentence = (quote: string) =>
  figureOf(
    printed({ metric: 'x', value: '1', unit: 'count', year: 2024, line: 3, extraction: 'text', quote }),
  );

describe('senseOf: standards a sentence names', () => {
  it('reads a standard’s code, but not a currency amount or a fiscal year', () => {
    expect([...senseOf(sentence('3 plants hold ISO 50001 certificates')).standards]).toEqual(['ISO 50001']);
    expect([...senseOf(sentence('we put HKD 512.40 million into water saving')).standards]).toEqual([]);
    expect([...senseOf(sentence('In FY2024, 1,870 employees had a review')).standards]).toEqual([]);
  });
});
