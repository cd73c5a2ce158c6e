import { createRoute, z } from '@hono/zod-openapi';
import { userActor, type DocumentKind } from '../../store/index.js';
import type { AppDeps } from '../app/app-deps.js';
import type { ApiApp } from '../app/api-env.js';
import { errorResponses } from '../errors/index.js';
import { orgParams } from '../orgs/index.js';

/** The media type each stored document kind is served as (IANA media types; ECMA-376 for XLSX). */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentKind, string>> = {
  pdf: 'application/pdf',
  text: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const documentParams = orgParams.extend({
  documentId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'documentId', in: 'path' } }),
});

const binary = z.string().openapi({ type: 'string', format: 'binary' });

const download = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/documents/{documentId}/file',
  tags: ['imports'],
  summary: 'Download an uploaded document as it was uploaded (the source of the facts read from it)',
  description:
    'Served as an attachment with the type of its kind (PDF, text, CSV, XLSX). 404 for another organisation’s document and for documents uploaded before files were kept.',
  request: { params: documentParams },
  responses: {
    200: {
      description: 'The file',
      headers: z.object({
        'Content-Disposition': z.string().openapi({ example: 'attachment; filename="report-2025.txt"' }),
      }),
      content: Object.fromEntries(
        [...new Set(Object.values(DOCUMENT_MEDIA_TYPES))].map((type) => [type, { schema: binary }]),
      ),
    },
    401: errorResponses[401],
    404: errorResponses[404],
  },
});

/**
 * `Content-Disposition: attachment` with the file name (RFC 6266): an ASCII fallback with quotes and
 * control characters replaced, and the exact name percent-encoded in `filename*` (RFC 8187).
 */
export function attachmentHeader(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Download of an uploaded document. */
export function documentFileRoutes(app: ApiApp, { store }: AppDeps): void {
  app.openapi(download, async (c) => {
    const { orgId, documentId } = c.req.valid('param');
    const { document, bytes } = await store.getDocumentFile(
      orgId,
      documentId,
      userActor(c.get('auth').user.id),
    );
    // Always an attachment: an uploaded text or PDF is never rendered as a page of this origin.
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': DOCUMENT_MEDIA_TYPES[document.kind],
      'Content-Disposition': attachmentHeader(document.name),
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'private, no-store',
    });
  });
}
