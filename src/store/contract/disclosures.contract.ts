import { expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import type { SurveyRow } from '../index.js';
import { expectEsgError } from './facts.contract.js';
import { newUser, orgWithPeriod, setup, type ContractContext } from './fixtures.contract.js';

const survey: SurveyRow[] = [
  { group: 'Employees', topic: 'Occupational health', stakeholder: dec('4.5'), business: dec(3), row: 2 },
  {
    group: 'Investors',
    topic: 'Climate change',
    stakeholder: dec(5),
    business: dec('4.25'),
    impact: dec(4),
    financial: dec('3.75'),
    row: 3,
  },
];

/** Contract cases about materiality surveys, narratives and omission explanations. */
export function disclosureCases(get: () => ContractContext): void {
  it('stores a survey exactly, replaces it on re-import, and keeps weights and thresholds apart', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Survey');
    const empty = await store.getMateriality(orgId, periodId, setup);
    expect(empty.responses).toEqual([]);
    expect(
      await store.importSurvey(orgId, periodId, { source: 'survey.csv', responses: survey }, setup),
    ).toBe(2);
    await store.setMaterialitySettings(
      orgId,
      periodId,
      { weights: { Investors: 2.5, Employees: 0 }, thresholds: { x: 3.25, y: 4 }, lens: 'single' },
      setup,
    );
    const stored = await store.getMateriality(orgId, periodId, setup);
    expect(stored.source).toBe('survey.csv');
    expect(stored.weights).toEqual({ Employees: 0, Investors: 2.5 });
    expect(stored.thresholds).toEqual({ x: 3.25, y: 4 });
    expect(stored.lens).toBe('single');
    expect(stored.rule).toBeUndefined();
    expect(
      stored.responses.map((r) => [r.group, r.topic, r.stakeholder.toFixed(), r.business.toFixed()]),
    ).toEqual([
      ['Employees', 'Occupational health', '4.5', '3'],
      ['Investors', 'Climate change', '5', '4.25'],
    ]);
    expect(stored.responses[0]?.impact).toBeUndefined();
    expect(stored.responses[1]?.financial?.toFixed()).toBe('3.75');
    expect(stored.responses[1]?.row).toBe(3);
    await store.importSurvey(orgId, periodId, { source: 'second.xlsx', responses: survey.slice(1) }, setup);
    const again = await store.getMateriality(orgId, periodId, setup);
    expect(again.responses.map((r) => r.topic)).toEqual(['Climate change']);
    expect(again.weights).toEqual({ Employees: 0, Investors: 2.5 });
    expect(again.source).toBe('second.xlsx');
  });

  it('refuses a score off the 1–5 scale or a bad weight, naming the field, and stores nothing', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Bad survey');
    const bad = [...survey, { group: 'NGOs', topic: 'Water', stakeholder: dec(6), business: dec(2) }];
    await expectEsgError(
      store.importSurvey(orgId, periodId, { source: 'x.csv', responses: bad }, setup),
      'INVALID_INPUT',
      /responses\.2\.stakeholder/,
    );
    await expectEsgError(
      store.setMaterialitySettings(orgId, periodId, { thresholds: { x: 0.5, y: 3 } }, setup),
      'INVALID_INPUT',
      /thresholds\.x/,
    );
    await expectEsgError(
      store.setMaterialitySettings(orgId, periodId, { weights: { NGOs: -1 } }, setup),
      'INVALID_INPUT',
      /weights\.NGOs/,
    );
    expect((await store.getMateriality(orgId, periodId, setup)).responses).toEqual([]);
  });

  it('versions narratives: a changed text is a new version, the same text no change', async () => {
    const { store, tick } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Narrative');
    const writer = await newUser(store, 'Nora Narrator');
    await store.addMember(orgId, writer.id, 'contributor', setup);
    const first = await store.putNarrative(
      orgId,
      periodId,
      { framework: 'hkex-c2', code: 'A1', text: 'We cut kiln emissions.' },
      writer.actor,
    );
    tick(60_000);
    const second = await store.putNarrative(
      orgId,
      periodId,
      { framework: 'hkex-c2', code: 'A1', text: 'We cut kiln emissions by switching fuel.' },
      setup,
    );
    const same = await store.putNarrative(
      orgId,
      periodId,
      { framework: 'hkex-c2', code: 'A1', text: ' We cut kiln emissions by switching fuel. ' },
      setup,
    );
    await store.putNarrative(
      orgId,
      periodId,
      { framework: 'gri-2021', code: '305', text: 'GRI text' },
      setup,
    );
    expect([first.version, second.version, same.version]).toEqual([1, 2, 2]);
    expect(second.id).toBe(first.id);
    const listed = await store.listNarratives(orgId, periodId, 'hkex-c2', setup);
    expect(listed.map((n) => [n.code, n.text, n.version, n.updatedBy])).toEqual([
      ['A1', 'We cut kiln emissions by switching fuel.', 2, 'system:contract-test'],
    ]);
    const history = await store.narrativeHistory(orgId, periodId, 'hkex-c2', 'A1', setup);
    expect(history.map((v) => [v.version, v.actor])).toEqual([
      [1, `user:${writer.id}`],
      [2, 'system:contract-test'],
    ]);
    expect((history[1]?.at ?? '') > (history[0]?.at ?? '')).toBe(true);
    await expectEsgError(
      store.putNarrative(orgId, periodId, { framework: 'hkex-c2', code: 'A2', text: '  ' }, setup),
      'INVALID_INPUT',
      /: text:/,
    );
    const audit = await store.listAuditLog(orgId, { limit: 5 }, setup);
    expect(audit.items.filter((e) => e.action === 'narrative.write')).toHaveLength(3);
  });

  it('numbers concurrent writes of one narrative one after another, and serialises survey imports', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Concurrent narrative');
    const texts = ['Draft by Ana', 'Draft by Ben', 'Draft by Chi'];
    const written = await Promise.all(
      texts.map((text) =>
        store.putNarrative(orgId, periodId, { framework: 'gri-2021', code: '305', text }, setup),
      ),
    );
    expect(written.map((n) => n.version).sort()).toEqual([1, 2, 3]);
    const history = await store.narrativeHistory(orgId, periodId, 'gri-2021', '305', setup);
    expect(history.map((v) => v.text).sort()).toEqual(texts);
    // Two imports of one period at once: one survey wins whole, none is mixed or lost to an error.
    const [a, b] = [survey.slice(0, 1), survey.slice(1)];
    await Promise.all([
      store.importSurvey(orgId, periodId, { source: 'a.csv', responses: a }, setup),
      store.importSurvey(orgId, periodId, { source: 'b.csv', responses: b }, setup),
    ]);
    const stored = await store.getMateriality(orgId, periodId, setup);
    const topics = stored.responses.map((r) => r.topic);
    expect(stored.source === 'a.csv' ? a.map((r) => r.topic) : b.map((r) => r.topic)).toEqual(topics);
  });

  it('keeps one explanation per code, replaced on update and withdrawn on delete', async () => {
    const { store } = get();
    const { orgId, periodId } = await orgWithPeriod(store, 'Explain');
    await store.putExplanation(
      orgId,
      periodId,
      {
        framework: 'hkex-c2',
        code: 'A2.5',
        kind: 'not_applicable',
        reason: 'No packaging: cement ships in bulk',
      },
      setup,
    );
    await store.putExplanation(
      orgId,
      periodId,
      { framework: 'hkex-c2', code: 'B5.4', kind: 'omitted', reason: 'Supplier data not yet collected' },
      setup,
    );
    await store.putExplanation(
      orgId,
      periodId,
      { framework: 'hkex-c2', code: 'B5.4', kind: 'omitted', reason: 'Collected from 2025' },
      setup,
    );
    const listed = await store.listExplanations(orgId, periodId, 'hkex-c2', setup);
    expect(listed.map((e) => [e.code, e.kind, e.reason])).toEqual([
      ['A2.5', 'not_applicable', 'No packaging: cement ships in bulk'],
      ['B5.4', 'omitted', 'Collected from 2025'],
    ]);
    expect(await store.listExplanations(orgId, periodId, 'gri-2021', setup)).toEqual([]);
    await store.deleteExplanation(orgId, periodId, 'hkex-c2', 'A2.5', setup);
    expect((await store.listExplanations(orgId, periodId, 'hkex-c2', setup)).map((e) => e.code)).toEqual([
      'B5.4',
    ]);
    await expectEsgError(store.deleteExplanation(orgId, periodId, 'hkex-c2', 'A2.5', setup), 'NOT_FOUND');
    await expectEsgError(
      store.putExplanation(
        orgId,
        periodId,
        { framework: 'hkex-c2', code: 'A1', kind: 'omitted', reason: '' },
        setup,
      ),
      'INVALID_INPUT',
      /: reason:/,
    );
    await expectEsgError(
      store.listExplanations(orgId, periodId, 'ifrs-s2', setup),
      'INVALID_INPUT',
      /framework/,
    );
  });

  it('follows the roles, refuses edits in a locked period and hides other organisations', async () => {
    const { store } = get();
    const a = await orgWithPeriod(store, 'Disclosures A');
    const b = await orgWithPeriod(store, 'Disclosures B');
    const [viewer, reviewer, outsider] = await Promise.all([
      newUser(store, 'Vera Viewer'),
      newUser(store, 'Rex Reviewer'),
      newUser(store, 'Olga Outsider'),
    ]);
    await store.addMember(a.orgId, viewer.id, 'viewer', setup);
    await store.addMember(a.orgId, reviewer.id, 'reviewer', setup);
    await store.addMember(b.orgId, outsider.id, 'owner', setup);
    const text = { framework: 'hkex-c2', code: 'B1', text: 'Equal opportunity policy' } as const;
    await store.putNarrative(a.orgId, a.periodId, text, setup);
    expect((await store.listNarratives(a.orgId, a.periodId, 'hkex-c2', viewer.actor)).length).toBe(1);
    await expectEsgError(store.putNarrative(a.orgId, a.periodId, text, viewer.actor), 'FORBIDDEN');
    await expectEsgError(
      store.setMaterialitySettings(a.orgId, a.periodId, { weights: { Staff: 1 } }, reviewer.actor),
      'FORBIDDEN',
    );
    await expectEsgError(store.listNarratives(a.orgId, a.periodId, 'hkex-c2', outsider.actor), 'NOT_FOUND');
    await expectEsgError(store.getMateriality(a.orgId, a.periodId, outsider.actor), 'NOT_FOUND');
    await expectEsgError(store.putNarrative(a.orgId, a.periodId, text, outsider.actor), 'NOT_FOUND');
    // A period of another organisation is not found through one's own.
    await expectEsgError(store.listExplanations(b.orgId, a.periodId, 'hkex-c2', outsider.actor), 'NOT_FOUND');
    await expectEsgError(store.putNarrative(b.orgId, a.periodId, text, outsider.actor), 'NOT_FOUND');
    await store.lockPeriod(a.orgId, a.periodId, setup);
    await expectEsgError(
      store.putNarrative(a.orgId, a.periodId, { ...text, text: 'Changed' }, setup),
      'CONFLICT',
    );
    await expectEsgError(
      store.importSurvey(a.orgId, a.periodId, { source: 's.csv', responses: survey }, setup),
      'CONFLICT',
    );
    await expectEsgError(
      store.putExplanation(a.orgId, a.periodId, { ...text, kind: 'omitted', reason: 'r' }, setup),
      'CONFLICT',
    );
    expect((await store.listNarratives(a.orgId, a.periodId, 'hkex-c2', setup))[0]?.text).toBe(
      'Equal opportunity policy',
    );
  });
}
