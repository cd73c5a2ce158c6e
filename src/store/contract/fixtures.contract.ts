import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { calendarYear, dec, type Provenance, type Unit } from '../../core/index.js';
import { openStore, systemActor, type Actor, type FactWrite, type Store } from '../index.js';

/** A database for one run of the contract: a URL to a fresh, empty database, and how to drop it. */
export interface ContractDatabase {
  readonly url: string;
  readonly dispose: () => Promise<void>;
}

/** What each contract case gets: the store, a second store on the same database, and the clock. */
export interface ContractContext {
  readonly store: Store;
  readonly url: string;
  /** Migrations the first migrate() on the fresh database applied. */
  readonly firstMigration: readonly string[];
  /** Moves the store's clock forward. */
  readonly tick: (ms: number) => void;
  /** The store's current time. */
  readonly now: () => string;
}

/** Opens the store on a fresh database before the suite and closes and drops it after. */
export function useContractStore(makeDatabase: () => Promise<ContractDatabase>): () => ContractContext {
  let context: ContractContext | undefined;
  let database: ContractDatabase | undefined;
  beforeAll(async () => {
    database = await makeDatabase();
    let time = Date.parse('2024-03-01T09:00:00.000Z');
    const clock = (): Date => new Date(time);
    const store = await openStore(database.url, { migrate: false, now: clock, scryptN: 2 ** 12 });
    const firstMigration = await store.migrate();
    context = {
      store,
      url: database.url,
      firstMigration,
      tick: (ms) => {
        time += ms;
      },
      now: () => clock().toISOString(),
    };
  });
  afterAll(async () => {
    await context?.store.close();
    await database?.dispose();
  });
  return () => {
    if (!context) throw new Error('the contract store is not open (beforeAll failed)');
    return context;
  };
}

/** The system actor the contract uses to set things up. */
export const setup: Actor = systemActor('contract-test');

/** Units written out here (not looked up) so the store is tested on exactly what it was given. */
export const units = {
  tCO2e: { symbol: 'tCO2e', dimension: 'ghg', toBase: dec(1000) },
  MWh: { symbol: 'MWh', dimension: 'energy', toBase: dec(1000) },
  persons: { symbol: 'persons', dimension: 'count', toBase: dec(1), counted: 'persons' },
  tCO2ePerM2: { symbol: 'tCO2e/m2', dimension: 'ghg/area', toBase: dec('1000') },
  rmb10k: { symbol: 'RMB 10,000', dimension: 'money:RMB', toBase: dec(10000) },
  m3: { symbol: 'm3', dimension: 'volume', toBase: dec(1) },
} as const satisfies Record<string, Unit>;

/** A manual-entry provenance record. */
export function entry(note: string): Provenance {
  return { kind: 'entry', user: 'analyst@example.com', at: '2024-02-29T10:15:00.000Z', note };
}

/** A fact for year 2023 with distinct defaults; override what a case is about. */
export function fact(metric: string, value: string, overrides: Partial<FactWrite> = {}): FactWrite {
  return {
    entity: 'Harbour Cement Holdings',
    period: calendarYear(2023),
    metric,
    dims: {},
    quantity: { value: dec(value), unit: units.tCO2e },
    basis: 'actual',
    provenance: entry(`typed ${metric}`),
    status: 'unverified',
    ...overrides,
  };
}

/** An organisation with an open 2023 period, named uniquely so cases never share data. */
export async function orgWithPeriod(
  store: Store,
  label: string,
): Promise<{ orgId: string; periodId: string }> {
  const org = await store.createOrganisation(`${label} ${randomUUID().slice(0, 8)}`, setup);
  const period = await store.openPeriod(org.id, { year: 2023 }, setup);
  return { orgId: org.id, periodId: period.id };
}

/** A user with a unique e-mail and the given password. */
export async function newUser(store: Store, name: string, password = 'correct horse battery staple') {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.com`;
  const user = await store.createUser({ email, name, password }, setup);
  return { ...user, actor: { kind: 'user', userId: user.id } as const satisfies Actor };
}
