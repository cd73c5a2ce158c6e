import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('hectares and centners per hectare, as harvest tables print them', () => {
  it('reads the hectare in Uzbek and Russian', () => {
    for (const text of ['ga', 'га', 'гектар', 'gektar', 'hectares'])
      expect(parseUnit(text)).toMatchObject({ symbol: 'ha', dimension: 'area' });
  });

  it('reads the centner (quintal) as 100 kg and a yield per hectare as a tenth of t/ha', () => {
    expect(parseUnit('ц')).toMatchObject({ symbol: 'q', dimension: 'mass' });
    expect(parseUnit('quintal').toBase.toString()).toBe('100');
    for (const text of ['q/ha', 'ц/га', 's/ga', 'centners per hectare']) {
      const u = parseUnit(text);
      expect(u.dimension).toBe('mass/area');
      expect(u.toBase.toString()).toBe('0.01');
    }
  });

  it('never reads a bare "s" as the centner', () => {
    expect(tryParseUnit('s')?.symbol).not.toBe('q');
  });
});
