import type { ReportLine } from '../layout/index.js';
import type { IndexEntry } from './index-entry.js';

/** A stretch of the report that its content index points codes to. */
export interface CodedSection {
  readonly title: string;
  readonly from: number;
  /** Last line of the section (inclusive). */
  readonly to: number;
  readonly codes: readonly string[];
}

// Section titles are short lines; longer ones are prose that merely mentions a title.
const MAX_HEADING_CHARS = 120;

// An HKEX aspect's heading ("B3 Development and Training", "Aspect B4: Labour Standards") starts the
// next aspect even when the index does not point to it, so the section before it ends there.
const ASPECT_HEADING = /^(?:aspect\s+)?[AB][1-8]\b(?!\.\d)[:\s]+[A-Z][A-Za-z ,&-]{3,60}$/;

/** A title as compared: numbering, punctuation, case and plural or possessive "s" ignored. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s*/, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/(\w{3,})s\b/g, '$1')
    .trim();
}

/** Splits a location cell naming several sections ("5.2 Resource Use 5.4 Emissions", "A, B"). */
function locations(location: string): string[] {
  return location
    .split(/,|;|\.\s+(?=[A-Z])|\s(?=\d+(?:\.\d+)+\.?\s+[A-Z])/)
    .map((s) => key(s))
    .filter((s) => s.length >= 12 || s.includes(' '));
}

/**
 * The sections the index points to, found in the body by their titles: each runs from its heading
 * to the next indexed heading. Titles the layout cut short ("Compliance wit Standards") match a
 * heading that starts the same way.
 */
export function codedSections(
  lines: readonly ReportLine[],
  entries: readonly IndexEntry[],
  skip: ReadonlySet<number>,
): CodedSection[] {
  const codesByTitle = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.status !== 'reported') continue;
    for (const title of locations(e.location)) {
      const set = codesByTitle.get(title) ?? new Set<string>();
      set.add(e.code);
      codesByTitle.set(title, set);
    }
  }
  if (codesByTitle.size === 0) return [];
  const titles = [...codesByTitle.keys()];
  const starts: { title: string; line: number }[] = [];
  for (const line of lines) {
    if (
      skip.has(line.no) ||
      line.text.length > MAX_HEADING_CHARS ||
      line.cells.filter((c) => c !== '').length > 1
    )
      continue;
    const k = key(line.text);
    if (k.length < 4) continue;
    const title = titles.find(
      (t) => t === k || (t.length >= 10 && k.startsWith(t.slice(0, Math.max(10, t.length - 4)))),
    );
    if (title && starts[starts.length - 1]?.title !== title) starts.push({ title, line: line.no });
    else if (!title && ASPECT_HEADING.test(line.text.trim())) starts.push({ title: '', line: line.no });
  }
  const last = lines[lines.length - 1]?.no ?? 0;
  return starts
    .map((s, i) => ({
      title: s.title,
      from: s.line,
      to: (starts[i + 1]?.line ?? last + 1) - 1,
      codes: [...(codesByTitle.get(s.title) ?? [])],
    }))
    .filter((s) => s.title !== '');
}

/** The codes of the section a line falls in. */
export function codesAt(sections: readonly CodedSection[], line: number): readonly string[] {
  for (const s of sections) if (line >= s.from && line <= s.to) return s.codes;
  return [];
}
