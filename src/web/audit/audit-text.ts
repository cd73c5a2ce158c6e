import type { ActorJson, AuditEntryJson, MemberJson } from '../client/index.js';

/** Who acted, in words: the member's name (and e-mail), or the esgkit tool that acted. */
export function actorText(actor: ActorJson, members: ReadonlyMap<string, MemberJson>): string {
  if (actor.kind === 'system') return `esgkit (${actor.name})`;
  const m = members.get(actor.userId);
  return m === undefined ? `user ${actor.userId}` : `${m.name} <${m.email}>`;
}

/** What each audit action means, for people. */
const ACTION_TEXT: Readonly<Record<string, string>> = {
  'organisation.create': 'created the organisation',
  'entity.create': 'added an entity',
  'site.create': 'added a site',
  'period.open': 'opened a period',
  'period.lock': 'locked a period',
  'period.unlock': 'unlocked a period',
  'member.set': 'set a member’s role',
  'document.add': 'uploaded a file',
  'facts.import': 'imported facts',
  'fact.review': 'reviewed a fact',
  'conflict.resolve': 'settled a conflict',
  'user.create': 'created a user',
  'token.create': 'created an API token',
  'token.revoke': 'revoked an API token',
};

/** An action in words, falling back to its code for actions this UI does not know yet. */
export function actionText(action: string): string {
  return ACTION_TEXT[action] ?? action;
}

/** An entry's detail as "key: value" pairs in the order the API gave them. */
export function detailPairs(entry: AuditEntryJson): [string, string][] {
  return Object.entries(entry.detail).map(([k, v]) => [k, v === null ? '—' : String(v)]);
}
