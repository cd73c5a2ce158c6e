// Loads the demo organisation through the store and the real import route (until the API's own
// demo loader is used here): three sites, 2024 and 2025, activity data, the 2025 roster and report.
import type { Store } from '../../../src/store/index.js';
import { demoFile, systemActor, userActor } from './app-server.js';

const SITES = ['Shenzhen Assembly Plant', 'Suzhou Components Works', 'Hong Kong Head Office'];

/** The demo sign-in the tests use. */
export const DEMO_OWNER = {
  email: 'owner@harbourline.example',
  password: 'harbourline-demo-2025',
  name: 'Olivia Chan',
};

async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_OWNER.email, password: DEMO_OWNER.password }),
  });
  if (!res.ok) throw new Error(`demo sign-in failed: HTTP ${String(res.status)} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: body.csrfToken };
}

async function upload(
  url: string,
  auth: { cookie: string; csrf: string },
  target: string,
  kind: string,
  file: string,
): Promise<void> {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new Blob([await demoFile(file)]), file);
  const res = await fetch(`${url}/api/v1${target}/imports`, {
    method: 'POST',
    headers: { cookie: auth.cookie, 'x-csrf-token': auth.csrf },
    body: form,
  });
  if (!res.ok)
    throw new Error(`demo import of ${file} failed: HTTP ${String(res.status)} ${await res.text()}`);
}

/** Seeds the demo organisation and returns the owner's sign-in. */
export async function seedDemo(store: Store, url: string): Promise<{ email: string; password: string }> {
  const user = await store.createUser(DEMO_OWNER, systemActor('test'));
  const owner = userActor(user.id);
  const org = await store.createOrganisation('Harbourline Components Ltd.', owner);
  for (const name of SITES) await store.createSite(org.id, { name, boundary: { kind: 'in' } }, owner);
  const p2024 = await store.openPeriod(org.id, { year: 2024 }, owner);
  const p2025 = await store.openPeriod(org.id, { year: 2025 }, owner);
  const auth = await signIn(url);
  const period = (id: string) => `/orgs/${org.id}/periods/${id}`;
  await upload(url, auth, period(p2024.id), 'activity', 'activity.csv');
  await upload(url, auth, period(p2025.id), 'activity', 'activity.csv');
  await upload(url, auth, period(p2025.id), 'roster', 'roster-2025.csv');
  await upload(url, auth, period(p2025.id), 'report', 'report-2025.txt');
  return { email: DEMO_OWNER.email, password: DEMO_OWNER.password };
}
