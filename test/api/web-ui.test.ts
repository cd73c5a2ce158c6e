import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, harness, type ErrorJson, type Harness } from './support/harness.js';

let dir: string;
let h: Harness;

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'esgkit-web-'));
  dir = path.join(base, 'web-dist');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>esgkit</title><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'app-3f9a.js'), 'console.log("esgkit web");');
  writeFileSync(path.join(base, 'secret.txt'), 'not for the web');
  h = await harness({ webRoot: path.relative(process.cwd(), dir) });
});
afterAll(async () => {
  await h.close();
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('the built web UI', () => {
  it('serves its files, and index.html for the single-page app’s own routes', async () => {
    const index = await h.request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
    const asset = await h.request('/assets/app-3f9a.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toContain('esgkit web');
    const route = await h.request('/orgs/abc/facts');
    expect(await route.text()).toContain('<div id="root">');
    expect((await h.request('/assets/app-0000.js')).status).toBe(404);
  });

  it('never serves files outside its folder, and leaves /api to the API', async () => {
    const escaped = await h.request('/..%2fsecret.txt');
    expect(await escaped.text()).not.toContain('not for the web');
    const unknownApi = await h.request('/api/nope');
    expect(unknownApi.status).toBe(404);
    expect((await body<ErrorJson>(unknownApi)).error.code).toBe('ROUTE_NOT_FOUND');
    expect((await h.request('/api/v1/nope')).status).toBe(401);
    expect((await h.request('/', { method: 'POST' })).status).toBe(404);
  });
});
