import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../core/index.js';
import type { DocumentJson } from '../client/index.js';
import { renderHtml } from '../testing/render-html.js';
import { documentFileHref, documentOf, knownDocumentHref } from './document-link.js';
import { ProvenanceView } from './provenance-view.js';

const printed: Provenance = {
  kind: 'document',
  document: 'report-2025.txt',
  location: { line: 18 },
  quote: 'Direct GHG emissions (Scope 1)\ttCO2e\t626.12',
  reported: { value: '626.12', unit: 'tCO2e' },
  extraction: 'table',
};

const doc = (id: string, name: string): DocumentJson => ({
  id,
  orgId: 'org-1',
  name,
  sha256: id.padEnd(64, '0'),
  kind: 'text',
  size: 120,
  uploadedAt: '2026-03-02T09:00:00.000Z',
});

describe('the download link of a fact’s source document', () => {
  it('finds the newest upload with the recorded file name, and none for other sources', () => {
    const documents = [doc('d3', 'activity.csv'), doc('d2', 'report-2025.txt'), doc('d1', 'report-2025.txt')];
    expect(documentOf(printed, documents)?.id).toBe('d2');
    expect(documentOf({ ...printed, document: 'other.pdf' }, documents)).toBeUndefined();
    expect(
      documentOf({ kind: 'entry', user: 'mei@example.com', at: '2026-03-02' }, documents),
    ).toBeUndefined();
  });

  it('links the document id the API gives with the fact, without looking for the file name', () => {
    expect(knownDocumentHref('org-1', printed, 'doc-7')).toBe('/api/v1/orgs/org-1/documents/doc-7/file');
    expect(knownDocumentHref('org-1', { ...printed, document: 'renamed.txt' }, 'doc-9')).toBe(
      '/api/v1/orgs/org-1/documents/doc-9/file',
    );
    // Stored without an id: the file name is looked up among the uploads instead.
    expect(knownDocumentHref('org-1', printed, null)).toBeUndefined();
    const typedIn: Provenance = { kind: 'entry', user: 'mei@example.com', at: '2026-03-02' };
    expect(knownDocumentHref('org-1', typedIn, 'doc-7')).toBeUndefined();
  });

  it('links the organisation-scoped file route, escaping the ids', () => {
    expect(documentFileHref('org 1', 'd/2')).toBe('/api/v1/orgs/org%201/documents/d%2F2/file');
    const html = renderHtml(
      <ProvenanceView provenance={printed} documentHref={documentFileHref('o1', 'd2')} />,
    );
    expect(html).toContain('href="/api/v1/orgs/o1/documents/d2/file"');
    expect(html).toContain('Download the file');
    expect(renderHtml(<ProvenanceView provenance={printed} />)).not.toContain('Download');
  });
});
