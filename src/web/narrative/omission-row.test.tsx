import { describe, expect, it } from 'vitest';
import { renderHtml } from '../testing/render-html.js';
import type { ContentIndexLineJson } from './narrative.api.js';
import { OmissionRow } from './omission-row.js';

function line(overrides: Partial<ContentIndexLineJson>): ContentIndexLineJson {
  return {
    code: 'A2.5',
    qualified: 'HKEX:A2.5',
    title: 'Packaging material used',
    kind: 'kpi',
    level: 'comply_or_explain',
    requirement: 'Packaging material used.',
    parent: 'A2',
    depth: 3,
    status: 'missing',
    explanation: null,
    ...overrides,
  };
}

const noop = () => Promise.resolve();

function render(l: ContentIndexLineJson, disabled = false): string {
  return renderHtml(
    <table>
      <tbody>
        <OmissionRow line={l} disabled={disabled} save={noop} remove={noop} />
      </tbody>
    </table>,
  );
}

describe('OmissionRow', () => {
  it('offers a labelled kind and reason for a disclosure that needs an explanation', () => {
    const html = render(line({}));
    expect(html).toContain('Needs an explanation');
    expect(html).toMatch(/<label[^>]*for="([^"]+)"[^>]*>Kind of omission for A2\.5<\/label><select id="\1"/);
    expect(html).toMatch(/<label[^>]*for="([^"]+)"[^>]*>Reason for A2\.5<\/label><input id="\1"/);
    expect(html).not.toContain('>Remove<');
  });

  it('shows a stored explanation with a way to withdraw it, and no form for a reported line', () => {
    const explained = render(
      line({
        status: 'not_applicable',
        explanation: {
          kind: 'not_applicable',
          reason: 'Bulk shipping',
          updatedBy: 'user:u1',
          updatedAt: 't',
        },
      }),
    );
    expect(explained).toContain('value="Bulk shipping"');
    expect(explained).toMatch(/<option value="not_applicable" selected="">/);
    expect(explained).toContain('>Remove<');
    const reported = render(line({ status: 'reported' }));
    expect(reported).toContain('Reported');
    expect(reported).not.toContain('<form');
  });
});
