import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EsgError, runCommand } from '../../core/index.js';
import { systemActor, userActor, type Actor, type ReportingPeriod, type Store } from '../../store/index.js';
import { importFileCommand, type ImportKind, type ImportSummary } from '../imports/index.js';
import { DEMO_FILES, DEMO_ORGANISATION, DEMO_SITES, DEMO_USERS, DEMO_YEARS } from './demo-organisation.js';
import { loadDemoDisclosures, parseDemoDisclosures } from './demo-disclosures.js';
import { approveEnteredFigures, reviewDemoFacts } from './review-demo.js';

/** A demo sign-in with its password. */
export interface DemoSignIn {
  readonly email: string;
  readonly role: string;
  readonly password: string;
}

/** What loading the demo did. */
export interface DemoLoaded {
  readonly orgId: string;
  readonly signIns: readonly DemoSignIn[];
  readonly imports: readonly (ImportSummary & { readonly file: string })[];
  /** What the 2025 disclosures file and survey added, when present. */
  readonly disclosures?: Awaited<ReturnType<typeof loadDemoDisclosures>>;
}

/**
 * Loads the demo organisation into a new database, exactly as its people would through the API:
 * users and roles, three sites, periods 2024 and 2025, then imports through the import command —
 * the activity data into both years, the roster into 2025, the company's 2025 report when present
 * — a reviewer's approvals, the owner's 2025 narratives, explanations, survey and
 * hand-entered organisation-wide figures when their files are present, and 2024 locked as published. Returns undefined (and does nothing)
 * when the demo owner already exists. Passwords are random unless given.
 */
export async function loadDemo(
  store: Store,
  demoDir: string,
  passwords: Readonly<Record<string, string>> = {},
): Promise<DemoLoaded | undefined> {
  const first = DEMO_USERS[0];
  if (!first) throw new EsgError('REFERENCE_DATA', 'the demo has no users');
  if (await store.findUserByEmail(first.email)) return undefined;
  const activity = await readDemoFile(demoDir, DEMO_FILES.activity, true);
  const roster = await readDemoFile(demoDir, DEMO_FILES.roster, true);
  const report = await readDemoFile(demoDir, DEMO_FILES.report, false);
  const texts = await readDemoFile(demoDir, DEMO_FILES.disclosures, false);
  const survey = await readDemoFile(demoDir, DEMO_FILES.survey, false);
  const disclosures = texts ? parseDemoDisclosures(texts, DEMO_FILES.disclosures) : undefined;

  const demo = systemActor('demo');
  const signIns: DemoSignIn[] = [];
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const password = passwords[u.email] ?? randomBytes(12).toString('base64url');
    const user = await store.createUser({ email: u.email, name: u.name, password }, demo);
    userIds.set(u.email, user.id);
    signIns.push({ email: u.email, role: u.role, password });
  }
  const owner = userActor(userIds.get(first.email) ?? '');
  const org = await store.createOrganisation(DEMO_ORGANISATION, owner);
  const siteIds = new Map<string, string>();
  for (const s of DEMO_SITES) {
    const site = await store.createSite(
      org.id,
      { name: s.name, boundary: { kind: 'in', reason: s.reason } },
      owner,
    );
    siteIds.set(s.name, site.id);
  }
  for (const u of DEMO_USERS.slice(1)) {
    const sites = u.sites.map((name) => siteIds.get(name) ?? name);
    await store.addMember(org.id, userIds.get(u.email) ?? '', u.role, owner, sites);
  }
  const periods = new Map<number, ReportingPeriod>();
  for (const year of DEMO_YEARS) periods.set(year, await store.openPeriod(org.id, { year }, owner));

  const imports: DemoLoaded['imports'][number][] = [];
  const load = async (kind: ImportKind, file: string, bytes: Uint8Array, year: number, actor: Actor) => {
    const periodId = periods.get(year)?.id ?? '';
    const summary = await runCommand(
      importFileCommand,
      { periodId, kind, name: file, bytes },
      {
        store,
        orgId: org.id,
        actor,
      },
    );
    imports.push({ ...summary, file });
  };
  for (const year of DEMO_YEARS) await load('activity', DEMO_FILES.activity, activity, year, owner);
  await load('roster', DEMO_FILES.roster, roster, 2025, owner);

  const reviewer = DEMO_USERS.find((u) => u.role === 'reviewer');
  const reviewerActor = userActor(userIds.get(reviewer?.email ?? '') ?? '');
  await reviewDemoFacts(store, org.id, periods, reviewerActor);
  if (report) await load('report', DEMO_FILES.report, report, 2025, owner);
  const texts2025 = disclosures
    ? await loadDemoDisclosures(
        store,
        org.id,
        periods.get(2025)?.id ?? '',
        disclosures,
        survey ? { name: DEMO_FILES.survey, bytes: survey } : undefined,
        {
          owner,
          ownerUser: { id: userIds.get(first.email) ?? '', email: first.email },
        },
      )
    : undefined;
  const current = periods.get(2025);
  if (texts2025 && current) await approveEnteredFigures(store, org.id, current, reviewerActor);
  const published = periods.get(2024);
  if (published) await store.lockPeriod(org.id, published.id, owner);
  return { orgId: org.id, signIns, imports, ...(texts2025 ? { disclosures: texts2025 } : {}) };
}

async function readDemoFile(dir: string, name: string, required: true): Promise<Uint8Array>;
async function readDemoFile(dir: string, name: string, required: false): Promise<Uint8Array | undefined>;
async function readDemoFile(dir: string, name: string, required: boolean): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path.join(dir, name));
  } catch (e) {
    if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EsgError('NOT_FOUND', `the demo file ${path.join(dir, name)} cannot be read`, { cause: e });
  }
}
