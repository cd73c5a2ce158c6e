// The web UI's typed client (src/web/client) is written against the API's OpenAPI document. This
// checks that document for every route the client calls and every field the UI reads, so a
// renamed route or field fails here rather than as a blank page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiConfig, createApp, silentLogger } from '../src/api/index.js';
import { openStore, type Store } from '../src/store/index.js';

/** Every call of src/web/client: method and OpenAPI path under /api/v1. */
const CLIENT_ROUTES = [
  ['post', '/auth/login'],
  ['post', '/auth/logout'],
  ['get', '/auth/me'],
  ['get', '/orgs/{orgId}/periods'],
  ['get', '/orgs/{orgId}/sites'],
  ['get', '/orgs/{orgId}/members'],
  ['get', '/orgs/{orgId}/facts'],
  ['post', '/orgs/{orgId}/facts'],
  ['get', '/orgs/{orgId}/facts/{factId}'],
  ['get', '/orgs/{orgId}/facts/{factId}/history'],
  ['post', '/orgs/{orgId}/facts/{factId}/review'],
  ['get', '/orgs/{orgId}/conflicts'],
  ['post', '/orgs/{orgId}/conflicts/{conflictId}/resolve'],
  ['post', '/orgs/{orgId}/periods/{periodId}/imports'],
  ['get', '/orgs/{orgId}/documents'],
  ['get', '/orgs/{orgId}/periods/{periodId}/checks'],
  ['get', '/orgs/{orgId}/audit'],
] as const;

/** Named schemas and the fields the UI reads from them (src/web/client/*.types.ts). */
const SCHEMA_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Session: ['user', 'csrfToken', 'expiresAt'],
  Me: ['user', 'via', 'csrfToken', 'organisations'],
  OrganisationWithRole: ['id', 'name', 'role'],
  Period: ['id', 'orgId', 'year', 'start', 'end', 'status'],
  Site: ['id', 'name', 'boundary'],
  Member: ['userId', 'email', 'name', 'role', 'siteIds'],
  Fact: [
    'id',
    'orgId',
    'periodId',
    'siteId',
    'version',
    'year',
    'metric',
    'label',
    'dims',
    'basis',
    'value',
    'unit',
    'status',
    'provenance',
    'changedAt',
    'changedBy',
    'reason',
  ],
  FactVersion: ['factId', 'version', 'value', 'unit', 'status', 'provenance', 'at', 'reason'],
  Conflict: ['id', 'factId', 'verifiedVersion', 'proposed', 'status', 'reason'],
  UpsertResult: ['importId', 'inserted', 'updated', 'unchanged', 'conflicts'],
  ImportSummary: [
    'kind',
    'periodId',
    'documentId',
    'read',
    'inserted',
    'updated',
    'unchanged',
    'conflicts',
    'skipped',
    'notes',
  ],
  Document: ['id', 'name', 'kind', 'size', 'uploadedAt'],
  CheckResult: ['summary', 'coverage', 'findings'],
  AuditEntry: ['id', 'actor', 'action', 'target', 'detail', 'at'],
  DocumentProvenance: ['kind', 'document', 'location', 'quote', 'reported', 'extraction'],
  CalculationProvenance: ['kind', 'formula', 'inputs', 'factors'],
  EntryProvenance: ['kind', 'user', 'at'],
  Error: ['error'],
};

interface SchemaObject {
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly allOf?: readonly SchemaObject[];
  readonly $ref?: string;
}

interface OpenApiDoc {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, SchemaObject>> };
}

/** A schema's property names, following `$ref` and `allOf` (zod `.extend` of a named schema). */
function propertiesOf(schema: SchemaObject | undefined): string[] {
  if (schema === undefined) return [];
  if (schema.$ref !== undefined)
    return propertiesOf(doc.components.schemas[schema.$ref.split('/').pop() ?? '']);
  return [...Object.keys(schema.properties ?? {}), ...(schema.allOf ?? []).flatMap(propertiesOf)];
}

let store: Store;
let doc: OpenApiDoc;

beforeAll(async () => {
  store = await openStore(':memory:', { scryptN: 2 ** 10 });
  const app = createApp({ store, config: apiConfig(), logger: silentLogger, clock: () => new Date() });
  doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
});

afterAll(async () => {
  await store.close();
});

describe('the OpenAPI document has what the web UI uses', () => {
  it.each(CLIENT_ROUTES)('%s /api/v1%s', (method, path) => {
    expect(Object.keys(doc.paths[`/api/v1${path}`] ?? {})).toContain(method);
  });

  it.each(Object.entries(SCHEMA_FIELDS))('schema %s has the fields the UI reads', (name, fields) => {
    const properties = propertiesOf(doc.components.schemas[name]);
    expect(properties, `schema ${name}`).toEqual(expect.arrayContaining([...fields]));
  });
});
