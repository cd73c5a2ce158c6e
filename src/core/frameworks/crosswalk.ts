import { EsgError } from '../errors/index.js';
import { normaliseCode, parseQualifiedCode } from './code.js';
import crosswalkData from './crosswalk.data.json' with { type: 'json' };
import { findItem } from './find-item.js';
import { crosswalkSchema } from './framework.schema.js';

/** One HKEX item and the GRI disclosures that ask for the same information. */
export interface CrosswalkLink {
  readonly hkex: string;
  readonly gri: readonly string[];
  readonly why: string;
}

/** The HKEX ↔ GRI crosswalk with its source. */
export interface Crosswalk {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly notes: readonly string[];
  readonly links: readonly CrosswalkLink[];
}

let loaded: Crosswalk | undefined;

/** The validated crosswalk; every code in it must exist in a catalogue (else REFERENCE_DATA). */
export function getCrosswalk(): Crosswalk {
  if (loaded) return loaded;
  const parsed = crosswalkSchema.safeParse(crosswalkData);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'REFERENCE_DATA',
      `crosswalk: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  for (const link of parsed.data.links) {
    for (const code of [link.hkex, ...link.gri]) {
      if (!findItem(code))
        throw new EsgError('REFERENCE_DATA', `crosswalk: ${code} is in no framework catalogue`);
    }
  }
  loaded = parsed.data;
  return loaded;
}

/**
 * The qualified codes on the other side of the crosswalk: `crosswalk('HKEX:A1.2')` → `['GRI:305-1', …]`,
 * `crosswalk('GRI:302-1')` → `['HKEX:A2.1']`. An HKEX aspect (`HKEX:B3`) stands for its general disclosure.
 * Codes may be in any form {@link normaliseCode} reads; unknown or unlinked codes give an empty list.
 */
export function crosswalk(code: string): string[] {
  const qualified = parseQualifiedCode(code) ? code : normaliseCode(code);
  if (qualified === undefined) return [];
  const keys = /^HKEX:[AB][1-8]$/.test(qualified) ? [qualified, `${qualified}.GD`] : [qualified];
  const found = new Set<string>();
  for (const link of getCrosswalk().links) {
    if (keys.includes(link.hkex)) for (const gri of link.gri) found.add(gri);
    if (link.gri.some((gri) => keys.includes(gri))) found.add(link.hkex);
  }
  return [...found].sort(compareCodes);
}

/** Orders codes by their numbers (GRI:2-7 before GRI:2-27, HKEX:A1.2 before HKEX:A1.10). */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
