import { describe, expect, it } from 'vitest';
import type { AuditEntryJson, MemberJson } from '../client/index.js';
import { actionText, actorText, detailPairs } from './audit-text.js';

const member: MemberJson = {
  userId: 'u-7',
  email: 'rev@example.test',
  name: 'Rita Reviewer',
  role: 'reviewer',
  siteIds: [],
};

describe('audit text', () => {
  it('names members, tools and unknown users', () => {
    const members = new Map([[member.userId, member]]);
    expect(actorText({ kind: 'user', userId: 'u-7' }, members)).toBe('Rita Reviewer <rev@example.test>');
    expect(actorText({ kind: 'system', name: 'demo' }, members)).toBe('esgkit (demo)');
    expect(actorText({ kind: 'user', userId: 'u-9' }, members)).toBe('user u-9');
  });

  it('words known actions and keeps unknown codes', () => {
    expect(actionText('period.lock')).toBe('locked a period');
    expect(actionText('materiality.import')).toBe('materiality.import');
  });

  it('lists the detail in order with nulls as a dash', () => {
    const entry: AuditEntryJson = {
      id: 'a-1',
      orgId: 'o-1',
      actor: { kind: 'system', name: 'cli' },
      action: 'facts.import',
      target: 'imp-3',
      detail: { inserted: 12, source: 'activity', comment: null, verified: false },
      at: '2025-03-02T10:00:00.000Z',
    };
    expect(detailPairs(entry)).toEqual([
      ['inserted', '12'],
      ['source', 'activity'],
      ['comment', '—'],
      ['verified', 'false'],
    ]);
  });
});
