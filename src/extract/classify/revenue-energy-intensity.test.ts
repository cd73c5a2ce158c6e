import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention/index.js';
import { classifyMention } from './index.js';

// A made-up Chinese energy table: energy used per RMB 10,000 of revenue (万元营业收入), as SSE/SZSE reports print it.
function row(label: string, unit: string, value: string): Mention {
  return {
    kind: 'table',
    line: 48,
    label,
    context: ['表2  综合能耗'],
    background: 1,
    value,
    unit,
    year: 2031,
    basis: 'actual',
    quote: '',
    dims: {},
  };
}

describe('an energy intensity per RMB 10,000 of revenue', () => {
  it('is the energy intensity, per 万元', () => {
    const c = classifyMention(row('万元营业收入综合能耗', '吨标准煤/万元', '0.4187'), ['hkex-c2']);
    expect(c.metric?.id).toBe('energy.intensity');
    expect(c.dims.denominator).toBe('万元');
  });
});
