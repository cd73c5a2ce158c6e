import { beforeEach, describe, expect, it } from 'vitest';
import { body, email, upload, type Browser, type ErrorJson, type FactJson } from './support/harness.js';
import { useHarness } from './support/use-harness.js';
import { KESTREL_ACTIVITY, KESTREL_REPORT_2025 } from './support/files.js';

interface ConflictJson {
  id: string;
  factId: string;
  status: string;
  verifiedVersion: number;
  proposed: { value: string; provenance: { kind: string } };
}

let scope1: FactJson;

const { h, f, owner, reviewer } = useHarness({ signIn: { owner: 'ownerA', reviewer: 'reviewerA' } });
beforeEach(async () => {
  const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/facts`, {
    method: 'POST',
    json: { periodId: f.periodA2025, metric: 'ghg.scope1', value: '1,200.0', unit: 'tCO2e' },
  });
  scope1 = (await body<{ fact: FactJson }>(res)).fact;
});

const review = (b: Browser, factId: string, json: unknown, orgId = f.orgA) =>
  h.as(b, `/api/v1/orgs/${orgId}/facts/${factId}/review`, { method: 'POST', json });

describe('review decisions', () => {
  it('approves a fact as a new verified version', async () => {
    const res = await review(reviewer, scope1.id, {
      decision: 'approve',
      comment: 'agrees with fuel invoices',
    });
    expect(res.status).toBe(200);
    expect(await body<FactJson>(res)).toMatchObject({ status: 'verified', version: 2, value: '1200' });
    const verified = await body<{ items: FactJson[] }>(
      await h.as(owner, `/api/v1/orgs/${f.orgA}/facts?status=verified`),
    );
    expect(verified.items.map((x) => x.id)).toEqual([scope1.id]);
  });

  it('rejects only with a comment, naming the field', async () => {
    const bare = await review(reviewer, scope1.id, { decision: 'reject' });
    expect(bare.status).toBe(400);
    expect((await body<ErrorJson>(bare)).error.field).toBe('comment');
    const rejected = await review(reviewer, scope1.id, {
      decision: 'reject',
      comment: 'excludes the Xiamen boilers',
    });
    expect(await body<FactJson>(rejected)).toMatchObject({
      status: 'rejected',
      reason: 'excludes the Xiamen boilers',
    });
    const badDecision = await review(reviewer, scope1.id, { decision: 'maybe' });
    expect((await body<ErrorJson>(badDecision)).error.field).toBe('decision');
  });

  it('is refused to contributors and viewers (403), in another organisation (404), in a locked period (409)', async () => {
    for (const who of ['contributorA', 'viewerA'] as const) {
      const b = await h.login(email(who));
      expect((await review(b, scope1.id, { decision: 'approve' })).status).toBe(403);
    }
    const ownerB = await h.login(email('ownerB'));
    expect((await review(ownerB, scope1.id, { decision: 'approve' }, f.orgB)).status).toBe(404);
    expect((await review(ownerB, scope1.id, { decision: 'approve' })).status).toBe(404);
    await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/lock`, { method: 'POST' });
    expect((await review(reviewer, scope1.id, { decision: 'approve' })).status).toBe(409);
  });
});

describe('a verified fact and a later import', () => {
  beforeEach(async () => {
    await review(reviewer, scope1.id, { decision: 'approve', comment: 'checked' });
  });

  it('keeps the verified value and shows the import’s value as a conflict; a reviewer settles it', async () => {
    const res = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
      method: 'POST',
      body: upload('report', 'kestrel-2025.txt', KESTREL_REPORT_2025),
    });
    expect(await body<{ conflicts: number }>(res)).toMatchObject({ conflicts: 1 });
    const fact = await body<FactJson>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${scope1.id}`));
    expect(fact).toMatchObject({ value: '1200', status: 'verified', version: 2 });
    expect(fact.provenance.kind).toBe('entry');

    const open = await body<{ items: ConflictJson[] }>(
      await h.as(reviewer, `/api/v1/orgs/${f.orgA}/conflicts?status=open`),
    );
    expect(open.items).toEqual([
      expect.objectContaining({ factId: scope1.id, verifiedVersion: 2, status: 'open' }),
    ]);
    const [conflict] = open.items;
    expect(conflict?.proposed).toMatchObject({ value: '1234.5', provenance: { kind: 'document' } });

    const contributor = await h.login(email('contributorA'));
    const path = `/api/v1/orgs/${f.orgA}/conflicts/${conflict?.id ?? ''}/resolve`;
    const refused = await h.as(contributor, path, {
      method: 'POST',
      json: { resolution: 'accept', comment: 'mine' },
    });
    expect(refused.status).toBe(403);
    const bare = await h.as(reviewer, path, { method: 'POST', json: { resolution: 'accept' } });
    expect((await body<ErrorJson>(bare)).error.field).toBe('comment');
    const accepted = await h.as(reviewer, path, {
      method: 'POST',
      json: { resolution: 'accept', comment: 'the report figure includes the standby generator' },
    });
    expect(await body<ConflictJson>(accepted)).toMatchObject({ status: 'accepted' });
    const after = await body<FactJson>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${scope1.id}`));
    expect(after).toMatchObject({ value: '1234.5', status: 'verified', version: 3 });
    const twice = await h.as(reviewer, path, {
      method: 'POST',
      json: { resolution: 'dismiss', comment: 'late' },
    });
    expect(twice.status).toBe(409);
  });

  it('records a recalculation that differs as a conflict too, and a dismissal keeps the verified value', async () => {
    const calc = await h.as(owner, `/api/v1/orgs/${f.orgA}/periods/${f.periodA2025}/imports`, {
      method: 'POST',
      body: upload('activity', 'kestrel.csv', KESTREL_ACTIVITY),
    });
    expect(await body<{ conflicts: number }>(calc)).toMatchObject({ conflicts: 1 });
    const [conflict] = (
      await body<{ items: ConflictJson[] }>(
        await h.as(owner, `/api/v1/orgs/${f.orgA}/conflicts?factId=${scope1.id}`),
      )
    ).items;
    expect(conflict?.proposed.provenance.kind).toBe('calculation');
    const dismissed = await h.as(reviewer, `/api/v1/orgs/${f.orgA}/conflicts/${conflict?.id ?? ''}/resolve`, {
      method: 'POST',
      json: { resolution: 'dismiss', comment: 'the activity file misses the Xiamen boilers' },
    });
    expect(await body<ConflictJson>(dismissed)).toMatchObject({ status: 'dismissed' });
    const fact = await body<FactJson>(await h.as(owner, `/api/v1/orgs/${f.orgA}/facts/${scope1.id}`));
    expect(fact).toMatchObject({ value: '1200', version: 2 });
    const badStatus = await h.as(owner, `/api/v1/orgs/${f.orgA}/conflicts?status=closed`);
    expect((await body<ErrorJson>(badStatus)).error.field).toBe('status');
  });
});

describe('the audit log', () => {
  it('lists who did what, newest first, and pages', async () => {
    await review(reviewer, scope1.id, { decision: 'approve' });
    const log = await body<{
      items: { action: string; actor: { kind: string; userId?: string } }[];
      nextCursor: string | null;
    }>(await h.as(owner, `/api/v1/orgs/${f.orgA}/audit?limit=2`));
    expect(log.items.map((e) => e.action)).toEqual(['fact.review', 'facts.import']);
    expect(log.items[0]?.actor).toEqual({ kind: 'user', userId: f.users.reviewerA });
    expect(log.nextCursor).not.toBeNull();
    const viewer = await h.login(email('viewerA'));
    expect((await h.as(viewer, `/api/v1/orgs/${f.orgA}/audit`)).status).toBe(200);
    const ownerB = await h.login(email('ownerB'));
    const theirs = await body<{ items: { target: string | null }[] }>(
      await h.as(ownerB, `/api/v1/orgs/${f.orgB}/audit`),
    );
    expect(theirs.items.map((e) => e.target)).not.toContain(scope1.id);
  });
});
