import { describe, expect, it } from 'vitest';
import { parseUnit, tryParseUnit } from './parse-unit.js';

describe('units in Finnish, Danish, Swedish, Czech, Slovak, Hungarian, Hebrew, Malay and Italian', () => {
  it.each([
    ['tonnia', 't'],
    ['tun', 't'],
    ['tonna', 't'],
    ['tan', 't'],
    ['tonnellate', 't'],
    ['טון', 't'],
    ['t CO2-ekv.', 'tCO2e'],
    ['t CO2-egyenérték', 'tCO2e'],
    ['טון CO2e', 'tCO2e'],
    ['tan CO2e', 'tCO2e'],
    ['tuntia', 'hours'],
    ['hodin', 'hours'],
    ['óra', 'hours'],
    ['שעות', 'hours'],
    ['päivää', 'days'],
    ['ימים', 'days'],
    ['henkilöä', 'persons'],
    ['osôb', 'persons'],
    ['fő', 'persons'],
    ['pekerja', 'persons'],
    ['zamestnancov', 'persons'],
    ['zaměstnanců', 'persons'],
    ['pracowników', 'persons'],
    ['zaposlenih', 'persons'],
    ['Mitarbeitende', 'persons'],
    ['medewerkers', 'persons'],
    ['ure', 'hours'],
    ['godzin', 'hours'],
    ['sata', 'hours'],
    ['Stunden', 'hours'],
    ['oră', 'hours'],
    ['עובדים', 'persons'],
    ['kpl', 'count'],
    ['מ"ק', 'm3'],
  ])('reads "%s" as %s', (printed, symbol) => {
    expect(parseUnit(printed).symbol).toBe(symbol);
  });

  it('reads no unit in English words: ore is mined, dB is a noise level', () => {
    expect(tryParseUnit('ore')?.symbol ?? '').not.toBe('hours');
    expect(tryParseUnit('dB')?.symbol ?? '').not.toBe('count');
  });

  it('reads the scale and currency words', () => {
    expect(parseUnit('אלפי ש"ח')).toMatchObject({ symbol: 'ILS thousand', dimension: 'money:ILS' });
    expect(parseUnit('מיליוני ש"ח').toBase.toFixed()).toBe('1000000');
    expect(parseUnit('milj. euroa')).toMatchObject({ symbol: 'EUR million' });
    expect(parseUnit('milioni di euro')).toMatchObject({ symbol: 'EUR million' });
    expect(parseUnit('migliaia di euro').toBase.toFixed()).toBe('1000');
    expect(parseUnit('ezer m3').toBase.toFixed()).toBe(parseUnit("'000 m3").toBase.toFixed());
  });

  it('reads the Malay "kes" (cases) as a count, and only capital "KES" as Kenyan shillings', () => {
    expect(parseUnit('kes').dimension).toBe('count');
    expect(parseUnit('Kes').dimension).toBe('count');
    expect(parseUnit('KES').dimension).toBe('money:KES');
    expect(parseUnit('KES million').dimension).toBe('money:KES');
  });
});
