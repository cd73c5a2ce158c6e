import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

/** Label, value and unit of each GWP a text states. */
const gwps = (text: string) =>
  mentionsOf(text, 2024)
    .filter((m) => m.unit === 'tCO2e/t')
    .map((m) => [m.label, m.value]);

describe('a GWP the report states for a gas', () => {
  it('reads each gas of a GWP list as tCO2e per tonne of it', () => {
    const text =
      'Conversion: propane 63.1 kg CO2e per GJ; GWP of methane 28, of sulphur hexafluoride 23,500 and of HFC-134a 1,300.';
    const read = gwps(text);
    expect(read.map(([, v]) => v)).toEqual(['28', '23500', '1300']);
    expect(read[1]?.[0]).toMatch(/sulphur hexafluoride/i);
  });

  it('reads a GWP bracketed after its gas', () => {
    const text = 'Theatre emissions use isoflurane (GWP 491) and sevoflurane (GWP 216) from the IPCC tables.';
    expect(gwps(text).map(([, v]) => v)).toEqual(['491', '216']);
  });

  it('leaves a percentage after a GWP word to the other readers', () => {
    const text = 'Switching to low-GWP refrigerants cut the GWP of our chillers by 35% in the year.';
    expect(gwps(text)).toEqual([]);
  });
});
