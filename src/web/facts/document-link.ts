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

/**
 * The download link of the document a fact was read from, once the organisation's documents are
 * loaded; undefined while loading, when the fact has another source or the file is not found.
 */
export function useDocumentHref(orgId: string, provenance: Provenance): string | undefined {
  const api = useApi();
  const [href, setHref] = useState<string | undefined>(undefined);
  const wanted = provenance.kind === 'document' ? provenance.document : undefined;
  useEffect(() => {
    setHref(undefined);
    if (wanted === undefined) return undefined;
    let live = true;
    api.imports.documents(orgId).then(
      ({ items }) => {
        const found = documentOf(provenance, items);
        if (live && found) setHref(documentFileHref(orgId, found.id));
      },
      // No link is the answer when the list cannot be read; the source is still shown.
      () => undefined,
    );
    return () => {
      live = false;
    };
    // `provenance` is a new object each render; the file name says when the answer changes.
  }, [api, orgId, wanted]);
  return href;
}
