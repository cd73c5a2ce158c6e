/**
 * Row labels carry layout debris: footnote marks ("Employee turnover*", "Scope 19" for Scope 1
 * with note 9, "Services2"), and the unit in brackets at the end ("Total water consumption (tons)").
 */

import { tryParseUnit } from '../../core/index.js';

/** Removes footnote marks from a label. */
export function stripFootnotes(label: string): string {
  return (
    label
      .replace(/[*†‡]+(?=\s|$|\))/g, '')
      // "Total energy consumption (MWh)(b)": a note letter or number in brackets after the unit's.
      .replace(/\)\s*\((?:[a-z]|\d{1,2})\)$/i, ')')
      // "direct emissions(a)": a note letter in brackets glued to the last word (no space before it).
      .replace(/(?<=[a-z]{2})\([a-h]\)$/, '')
      // "Scope 19", "Scope 1 + 21": a footnote digit glued to a scope number (GHG Protocol has 1–3).
      .replace(/\b(Scope\s?(?:[123]\s?\+\s?)?[123])\d{1,2}\b/gi, '$1')
      // "Services2": a digit glued to a lower-case word; chemical formulas (CO2, SF6) are upper-case.
      .replace(/([a-z]{3,})\d{1,2}(?=\s|$|[),:])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The last bracketed part of a text, nested brackets included ("kg/million revenue (RMB)"). */
export function trailingParenthetical(text: string): string | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t.charAt(i);
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return t.slice(i + 1, -1).trim();
    }
  }
  return undefined;
}

/** Every bracketed part of a text, innermost nesting kept whole, left to right. */
export function parentheticals(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length && out.length < 8; i++) {
    const ch = text.charAt(i);
    if (ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push(text.slice(start + 1, i).trim());
    }
  }
  return out;
}

/**
 * A label's unit with the denominator the label names: "Water use per RMB'0000 of revenue (tonnes)"
 * is in tonnes per RMB'0000 revenue, an intensity, not a quantity of water.
 */
export function withLabelDenominator(label: string, unit: string): string {
  if (unit === '' || /\/|\bper\b/i.test(unit)) return unit;
  const per = /\bper\s+(.{2,40}?)\s*\([^()]*\)\s*$/i.exec(label)?.[1];
  return per === undefined ? unit : `${unit}/${per.replace(/\bof\s+/i, '')}`;
}

/**
 * A figure's own unit with the denominator its row's label names right after "per": "Coal per MWh
 * exported | 448 kg" is 448 kg per MWh, a rate, not a mass of coal. Only a denominator the registry reads
 * as a unit ("MWh", "tonne", "employee"), so "per cent" and "per capita spending" are left alone.
 */
export function withPerLabel(label: string, unit: string): string {
  if (unit === '' || /\/|\bper\b/i.test(unit)) return unit;
  const per = /\bper\s+([\p{L}\d³²]{1,12})\b/iu.exec(label)?.[1];
  return per !== undefined && !/^cent$/i.test(per) && tryParseUnit(per, { countNouns: false })
    ? `${unit}/${per}`
    : unit;
}

/**
 * The unit a label prints after its last comma ("Share of renewable sources, %", "Scope 3, tCO2e"), as
 * Nordic and German statements name a row's unit; '' when the words after the comma are no unit.
 */
export function commaUnit(label: string, isUnit: (text: string) => boolean): string {
  const tail = /,\s*([^,]{1,30})$/.exec(label.trim())?.[1]?.trim() ?? '';
  return tail !== '' && isUnit(tail) ? tail : '';
}
