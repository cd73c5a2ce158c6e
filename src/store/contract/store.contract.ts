import { describe } from 'vitest';
import { accessCases } from './access.contract.js';
import { agreementCases } from './agreement.contract.js';
import { disclosureCases } from './disclosures.contract.js';
import { documentCases } from './documents.contract.js';
import { factJsonCases } from './fact-json.contract.js';
import { factCases } from './facts.contract.js';
import { organisationCases } from './organisations.contract.js';
import { useContractStore, type ContractDatabase } from './fixtures.contract.js';

/**
 * The store's contract: every case runs against each implementation (SQLite, PostgreSQL) on a
 * fresh database made by `makeDatabase` and dropped afterwards.
 */
export function storeContract(label: string, makeDatabase: () => Promise<ContractDatabase>): void {
  describe(`Store contract on ${label}`, () => {
    const get = useContractStore(makeDatabase);
    factCases(get);
    factJsonCases(get);
    accessCases(get);
    disclosureCases(get);
    documentCases(get);
    organisationCases(get);
    agreementCases(get);
  });
}

export type { ContractDatabase } from './fixtures.contract.js';
