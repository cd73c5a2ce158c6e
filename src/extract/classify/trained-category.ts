import type { Mention } from '../mention/index.js';
import { staffCategory } from './dims.js';

// The people counted, then what they did: "226 Line Managers completed our leadership programme".
const DID_COURSE = /^\s+(?:have\s+|had\s+)?(?:completed|attended|finished|took part in|participated in)\b/i;
// What was done, then by whom: "the programme was completed by 1,486 managers".
const DONE_BY = /\b(?:completed|attended|finished)\s+by\s+(?:all\s+|some\s+)?([\d,]+)\s+$/i;
// What they completed is a course, not an amount of work ("completed 1,200 audits").
const COURSE = /\b(?:programmes?|programs?|training|courses?|modules?|workshops?|curricul\w*|academy)\b/i;

/**
 * The staff category of a sentence's count of people who completed or attended a course ("226 First-Line
 * Managers completed our leadership program", "the programme was completed by 1,486 managers"): they are
 * that category's employees trained (GRI 404, HKEX B3.1), so they can be set against the category's
 * headcount. The counted noun as a dimension value, or undefined when the sentence says no such thing.
 */
export function trainedCategory(m: Mention): string | undefined {
  if (m.kind !== 'text' || m.unit === '' || !COURSE.test(m.label)) return undefined;
  const category = staffCategory(m.unit);
  const at = m.label.indexOf(m.unit);
  if (category === undefined || at < 0) return undefined;
  const before = m.label.slice(0, at);
  const active = new RegExp(String.raw`(?:^|[^\d,.])([\d,]+)\s+$`).exec(before);
  const passive = DONE_BY.exec(before);
  const count = (passive ?? active)?.[1]?.replace(/,/g, '');
  if (count !== m.value) return undefined;
  return passive || DID_COURSE.test(m.label.slice(at + m.unit.length)) ? category : undefined;
}
