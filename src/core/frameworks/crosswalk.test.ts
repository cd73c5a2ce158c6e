import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosswalk, getCrosswalk } from './crosswalk.js';
import { findItem } from './find-item.js';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus');

/** The code lists the analysts attached to corpus facts that carry both an HKEX and a GRI code. */
function goldCodePairs(): { hkex: string; gri: string[] }[] {
  const pairs: { hkex: string; gri: string[] }[] = [];
  for (const dir of ['dev', 'dev-pdf']) {
    for (const name of readdirSync(join(CORPUS, dir)).filter((n) => n.endsWith('.gold.jsonl'))) {
      for (const line of readFileSync(join(CORPUS, dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const codes = (JSON.parse(line) as { codes?: string[] }).codes ?? [];
        const gri = codes.filter((c) => c.startsWith('GRI:'));
        for (const hkex of codes.filter((c) => c.startsWith('HKEX:')))
          if (gri.length > 0) pairs.push({ hkex, gri });
      }
    }
  }
  return pairs;
}

describe('crosswalk', () => {
  it('links only codes that exist, HKEX on one side and GRI on the other', () => {
    const { links, source } = getCrosswalk();
    expect(source.length).toBeGreaterThan(20);
    for (const link of links) {
      expect(findItem(link.hkex)?.framework.prefix, link.hkex).toBe('HKEX');
      for (const gri of link.gri) expect(findItem(gri)?.framework.id, gri).toBe('gri-2021');
    }
    const hkexCodes = links.map((l) => l.hkex);
    expect(new Set(hkexCodes).size).toBe(hkexCodes.length);
  });

  it('maps an HKEX KPI to its GRI disclosures in numeric order', () => {
    expect(crosswalk('HKEX:A1.2')).toEqual(['GRI:305-1', 'GRI:305-2', 'GRI:305-3', 'GRI:305-4']);
    expect(crosswalk('KPI A2.2')).toEqual(['GRI:303-3', 'GRI:303-5']);
  });

  it('maps a GRI disclosure back to every HKEX item that links to it', () => {
    expect(crosswalk('GRI:302-1')).toEqual(['HKEX:A2.1']);
    expect(crosswalk('GRI 305-1')).toEqual(['HKEX:A1.2', 'HKEX:D.metrics.ghg.scope1']);
  });

  it('reads an HKEX aspect as its general disclosure', () => {
    expect(crosswalk('HKEX:B3')).toEqual(['GRI:404-2']);
  });

  it('gives an empty list for unlinked or unknown codes', () => {
    expect(crosswalk('HKEX:B6.3')).toEqual([]);
    expect(crosswalk('GRI:102-8')).toEqual([]);
    expect(crosswalk('nonsense')).toEqual([]);
  });

  it('agrees with the HKEX/GRI pairs the analysts attached to corpus facts', () => {
    const pairs = goldCodePairs();
    expect(pairs.length).toBeGreaterThan(10);
    for (const { hkex, gri } of pairs) {
      expect(
        crosswalk(hkex).filter((code) => gri.includes(code)),
        `${hkex} ~ ${gri.join(',')}`,
      ).not.toEqual([]);
    }
  });
});
