import type { Http } from './http.js';
import type { DocumentJson, ImportKind, ImportSummaryJson } from './import.types.js';
import { orgPath } from './org.api.js';
import type { ItemsJson } from './org.types.js';
import { uploadForm, type UploadProgress } from './upload.js';

/** Uploads (report → extraction; activity or roster → calculation) and the documents uploaded. */
export function importApi(http: Http) {
  return {
    /** Uploads a file into a period, reporting progress; resolves with what the import did. */
    upload(
      orgId: string,
      periodId: string,
      kind: ImportKind,
      file: File,
      onProgress: (p: UploadProgress) => void,
    ): Promise<ImportSummaryJson> {
      const form = new FormData();
      form.set('kind', kind);
      form.set('file', file, file.name);
      const path = `${orgPath(orgId)}/periods/${encodeURIComponent(periodId)}/imports`;
      return uploadForm<ImportSummaryJson>(http, path, form, onProgress);
    },
    documents: (orgId: string) => http.request<ItemsJson<DocumentJson>>('GET', `${orgPath(orgId)}/documents`),
  };
}
