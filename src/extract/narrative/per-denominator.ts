import { tryParseUnit } from '../../core/index.js';
import type { NarrativeFigure } from './read-figure.js';

// "energy consumption per RMB 10,000 of output value was 0.0306 tons of standard coal": the subject
// names what the figure is per, so the figure is an intensity (HKEX KPI A1.2, A2.1; GRI 302-3).
// Group 1 is what it is per, group 2 what that measures ("of output value"), left out of the unit.
const PER_SUBJECT = new RegExp(
  String.raw`\bper\s+((?:(?:RMB|HKD|USD|CNY|HK\$|US\$|\$|¥)\s?)?(?:\d[\d,.]*)?` +
    String.raw`(?:\s?(?:ten thousand|hundred million|million|thousand|billion))?(?:\s?(?!of\b|was\b|were\b|is\b|are\b)[A-Za-z²³$'’]+){0,2}?)` +
    String.raw`(\s+of\s+[a-z][a-z\s'’-]{0,40}?)?\s+(?:was|were|is|are|stood at|amounted to|came to|reached)\s+` +
    String.raw`(?:about\s+|approximately\s+|around\s+)?$`,
  'i',
);

/**
 * A measured figure whose sentence names it "per" something is printed in a ratio unit: "0.0306 tons
 * of standard coal" after "consumption per RMB 10,000 … was" is 0.0306 tce / RMB 10,000. Figures
 * already in a ratio unit, shares and money are left as they are.
 */
export function withPerDenominator(sentence: string, f: NarrativeFigure): NarrativeFigure {
  if (!f.measured || f.unit === '%' || f.unit.includes('/') || / per /i.test(f.unit)) return f;
  const numerator = tryParseUnit(f.unit, { countNouns: false });
  if (!numerator || numerator.symbol === '' || numerator.dimension.includes('money')) return f;
  const lead = sentence.slice(Math.max(0, f.start - 120), f.start);
  const per = PER_SUBJECT.exec(lead)?.[1];
  if (per === undefined || per.trim() === '') return f;
  const unit = `${f.unit} / ${per.trim()}`;
  const ratio = tryParseUnit(unit, { countNouns: false });
  return ratio?.symbol.includes('/') ? { ...f, unit } : f;
}
