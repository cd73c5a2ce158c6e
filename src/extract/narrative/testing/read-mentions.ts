// Test support: the figures extractNarrative reads from a text, through the real text reader and line
// layout, so narrative tests see what `esg extract` sees. Excluded from the build (tsconfig.build.json).
import { docFromText } from '../../../../test/support/doc-from-text.js';
import { toReportLines } from '../../layout/index.js';
import { extractNarrative } from '../extract-narrative.js';
import type { Mention } from '../../mention/index.js';

/** Every figure mention extractNarrative finds in `text`. */
export function mentionsOf(text: string, reportYear: number): readonly Mention[] {
  return extractNarrative(toReportLines(docFromText(text)), { reportYear, skip: new Set() }).mentions;
}

/** Each stated change a text gives: the percentage, its direction, what changed and since when. */
export function changesOf(text: string, reportYear = 2024) {
  const { changes } = extractNarrative(toReportLines(docFromText(text)), { reportYear, skip: new Set() });
  return changes.map((c) => ({
    value: c.mention.value,
    direction: c.direction,
    of: c.of.value === c.mention.value ? c.of.label : `${c.of.value} ${c.of.unit}`,
    ...(c.since === undefined ? {} : { since: c.since }),
    ...(c.points ? { points: true } : {}),
  }));
}

/** Value, unit, year and (when any) dimensions of each figure a text gives. */
export function figuresOf(text: string, reportYear = 2024) {
  return mentionsOf(text, reportYear).map((m) => ({
    value: m.value,
    unit: m.unit,
    year: m.year,
    ...(Object.keys(m.dims).length === 0 ? {} : { dims: m.dims }),
  }));
}
