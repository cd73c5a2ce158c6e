import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id.js';

describe('timeOrderedId', () => {
  it('is a version 7, variant 10 UUID carrying the millisecond timestamp', () => {
    const id = timeOrderedId(Date.parse('2024-03-01T09:00:00.000Z') + 100_000_000);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(Date.parse('2024-03-01T09:00:00.000Z') + 100_000_000);
  });

  it('sorts in creation order, also within one millisecond and when the clock steps back', () => {
    const base = Date.parse('2031-05-06T07:08:09.010Z');
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedId(base)),
      timeOrderedId(base - 5),
      timeOrderedId(base + 3),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
