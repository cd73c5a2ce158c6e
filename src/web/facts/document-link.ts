import { useEffect, useState } from 'react';
import type { Provenance } from '../../core/index.js';
import { useApi } from '../app/api-context.js';
import { API_PREFIX, type DocumentJson } from '../client/index.js';

/** Where an uploaded document's file is downloaded (GET …/documents/{documentId}/file). */
export function documentFileHref(orgId: string, documentId: string): string {
  return `${API_PREFIX}/orgs/${encodeURIComponent(orgId)}/documents/${encodeURIComponent(documentId)}/file`;
}

/**
 * The organisation's uploaded document a fact was read from: the newest upload with the file name
 * its provenance records (the list comes newest first); undefined for other sources or none found.
 */
export function documentOf(
  provenance: Provenance,
  documents: readonly DocumentJson[],
): DocumentJson | undefined {
  if (provenance.kind !== 'document') return undefined;
  const name = provenance.document.trim();
  return documents.find((d) => d.name === name);
}

/** The download link of a fact's source document when the API gave its id; undefined otherwise. */
export function knownDocumentHref(
  orgId: string,
  provenance: Provenance,
  documentId: string | null,
): string | undefined {
  return provenance.kind === 'document' && documentId !== null
    ? documentFileHref(orgId, documentId)
    : undefined;
}

/**
 * The download link of the document a fact was read from: straight from the document id the API
 * gives with the fact; for facts stored without one, the newest upload with the file name its
 * provenance records, once the organisation's documents are loaded. Undefined while loading, when
 * the fact has another source or the file is not found.
 */
export function useDocumentHref(
  orgId: string,
  provenance: Provenance,
  documentId: string | null = null,
): string | undefined {
  const api = useApi();
  const known = knownDocumentHref(orgId, provenance, documentId);
  const [found, setFound] = useState<string | undefined>(undefined);
  const wanted = provenance.kind === 'document' && known === undefined ? provenance.document : undefined;
  useEffect(() => {
    setFound(undefined);
    if (wanted === undefined) return undefined;
    let live = true;
    api.imports.documents(orgId).then(
      ({ items }) => {
        const match = documentOf(provenance, items);
        if (live && match) setFound(documentFileHref(orgId, match.id));
      },
      // No link is the answer when the list cannot be read; the source is still shown.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `provenance` is a new object each render; the file name says when the answer changes.
  }, [api, orgId, wanted]);
  return known ?? found;
}
