import type { FactJson } from '../client/index.js';

let next = 0;

/** A fact as the API would return it, with distinct ids; override any field. */
export function factFixture(overrides: Partial<FactJson> = {}): FactJson {
  next += 1;
  return {
    id: `fact-${next}`,
    orgId: 'org-1',
    periodId: 'per-2025',
    siteId: null,
    version: 1,
    entity: 'Harbourline Components Ltd.',
    year: 2025,
    metric: 'ghg.scope1',
    label: null,
    dims: {},
    basis: 'actual',
    value: '100',
    unit: 'tCO2e',
    status: 'unverified',
    provenance: { kind: 'entry', user: 'owner@example.test', at: '2025-06-01T08:00:00.000Z' },
    changedAt: '2025-06-01T08:00:00.000Z',
    changedBy: { kind: 'user', userId: 'user-1' },
    reason: 'entry',
    documentId: null,
    ...overrides,
  };
}
