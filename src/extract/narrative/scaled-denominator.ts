import { tryParseUnit } from '../../core/index.js';

// "1.95 tCO2e per 1,000 m³", "0,830 tep por cada 1.000 m³", "2.1 kg pour 1 000 Nm³", "per thousand m³": a
// factor printed per a scaled amount of its denominator (GHG Protocol and national energy balances print
// gas per thousand cubic metres). The connector, then the scale, then the denominator's unit words.
const CONNECTOR = String.raw`(?:per|por\s+cada|por|pour|par|je|pro)`;
const SCALE = String.raw`(1[,.\u00a0 ]?000(?:[,.\u00a0 ]?000)?|one\s+thousand|thousand|a\s+thousand|mil|mille|million)`;
const SCALED_PER = new RegExp(
  String.raw`^\s*${CONNECTOR}\s+${SCALE}\s+([\p{L}][\p{L}\d²³]*(?:\s[\p{L}][\p{L}\d²³]*)?)`,
  'iu',
);

/** The scale's canonical word: "1.000" and "mil" are a thousand, "1,000,000" a million. */
function scaleWord(printed: string): string {
  const digits = printed.replace(/\D/g, '');
  if (digits === '1000000' || /million/i.test(printed)) return 'million';
  return 'thousand';
}

/**
 * The unit a measured figure's words extend into a factor when a scaled denominator follows it ("t CO2e"
 * then " por cada 1,000 m3" gives "t CO2e/thousand m3"), with the number of characters read; undefined when
 * none follows or the ratio is no unit. The denominator's words are read as few as give a unit.
 */
export function scaledDenominator(unit: string, after: string): { unit: string; length: number } | undefined {
  if (unit.includes('/')) return undefined;
  const m = SCALED_PER.exec(after);
  if (!m?.[1] || !m[2]) return undefined;
  const words = m[2].split(/\s/);
  for (let n = 1; n <= words.length; n++) {
    const den = words.slice(0, n).join(' ');
    const ratio = `${unit}/${scaleWord(m[1])} ${den}`;
    const parsed = tryParseUnit(ratio, { countNouns: false });
    if (parsed?.symbol.includes('/') && parsed.dimension.includes('/')) {
      const length = m[0].length - (m[2].length - den.length);
      return { unit: ratio, length };
    }
  }
  return undefined;
}

// "… tep por cada " before "1,000 m3": the number is the size of a factor's denominator, not an amount.
const UNIT_THEN_PER = new RegExp(String.raw`((?:\S+\s)?\S+)\s+${CONNECTOR}\s+$`, 'iu');

/** True when the number printed after `before` is the scale of the denominator of the unit before it. */
export function isScaledDenominator(before: string, value: string): boolean {
  if (!/^1(?:000|000000)$/.test(value.replace(/\.0+$/, ''))) return false;
  const lead = UNIT_THEN_PER.exec(before)?.[1];
  if (lead === undefined) return false;
  const candidates = [lead, lead.split(/\s/).pop() ?? ''];
  return candidates.some((c) => {
    const u = tryParseUnit(c, { countNouns: false });
    return u !== undefined && u.symbol !== '' && u.dimension !== 'count' && !u.dimension.includes('money');
  });
}
