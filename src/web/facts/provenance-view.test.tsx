import { renderHtml } from '../testing/render-html.js';
import { describe, expect, it } from 'vitest';
import { ProvenanceView } from './provenance-view.js';

describe('ProvenanceView', () => {
  it('shows a document source with its place and the quote as escaped text', () => {
    const html = renderHtml(
      <ProvenanceView
        provenance={{
          kind: 'document',
          document: 'report-2025.pdf',
          location: { page: 41, line: 7 },
          quote: 'Scope 1 <img src=x onerror=alert(1)> 626.12',
          reported: { value: '626.12', unit: 'tCO2e' },
          extraction: 'table',
        }}
      />,
    );
    expect(html).toContain('report-2025.pdf');
    expect(html).toContain('page 41, line 7');
    expect(html).toContain('Scope 1 &lt;img src=x onerror=alert(1)&gt; 626.12');
    expect(html).not.toContain('<img');
  });

  it('lists a calculation’s inputs and factors', () => {
    const html = renderHtml(
      <ProvenanceView
        provenance={{
          kind: 'calculation',
          formula: 'electricity × grid factor',
          inputs: [{ row: 12, activity: 'electricity', amount: '4812300', unit: 'kWh' }],
          factors: [
            { id: 'CN-GD-2022', value: '0.4403', unit: 'kgCO2e/kWh', source: 'MEE 2024', dataYear: 2022 },
          ],
        }}
      />,
    );
    expect(html).toContain('electricity × grid factor');
    expect(html).toContain('4,812,300');
    expect(html).toContain('CN-GD-2022');
    expect(html).toContain('MEE 2024 (2022 data)');
    expect(html).toMatch(/<caption>Inputs \(1\)<\/caption>/);
  });

  it('names who entered a value and their note', () => {
    const html = renderHtml(
      <ProvenanceView
        provenance={{
          kind: 'entry',
          user: 'li.wei@example.test',
          at: '2025-04-01T02:00:00Z',
          note: 'meter 3',
        }}
      />,
    );
    expect(html).toContain('li.wei@example.test');
    expect(html).toContain('meter 3');
  });
});
