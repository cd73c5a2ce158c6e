import { renderHtml } from '../testing/render-html.js';
import { describe, expect, it } from 'vitest';
import { coverageCounts } from './coverage-counts.js';
import { CoverageGrid } from './coverage-grid.js';

const items = (statuses: string[]) =>
  statuses.map((status, i) => ({
    code: `A${String(i)}`,
    title: 't',
    level: 'mandatory',
    status,
    location: null,
    facts: 0,
  }));

describe('coverageCounts', () => {
  it('counts each status and every item in the total', () => {
    expect(coverageCounts(items(['disclosed', 'missing', 'missing', 'explained', 'later']))).toEqual({
      disclosed: 1,
      explained: 1,
      missing: 2,
      total: 5,
    });
  });
});

describe('CoverageGrid', () => {
  it('marks only the chosen framework and status as pressed', () => {
    const html = renderHtml(
      <CoverageGrid
        rows={[
          { id: 'hkex-2020', name: 'HKEX Guide', counts: coverageCounts(items(['disclosed', 'missing'])) },
          { id: 'gri-2021', name: 'GRI', counts: coverageCounts(items(['explained'])) },
        ]}
        selected={{ framework: 'gri-2021', status: 'explained' }}
        onSelect={() => undefined}
      />,
    );
    expect(html.match(/aria-pressed="true"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-pressed="true">1<span class="visually-hidden"> omission explained in GRI/);
    expect(html.match(/aria-pressed="false"/g)).toHaveLength(5);
  });
});
