import { EsgError } from '../../core/index.js';
import type { Actor } from '../model/index.js';

// Actors are stored as one text column: `user:<id>` or `system:<name>`. This is the one place that
// writes and reads that form.

/** The stored form of an actor. */
export function actorToText(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : `system:${actor.name}`;
}

/** Reads the stored form of an actor back. */
export function actorFromText(text: string): Actor {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  if (kind === 'user') return { kind: 'user', userId: rest };
  if (kind === 'system') return { kind: 'system', name: rest };
  throw new EsgError('INVALID_INPUT', `stored actor "${text}" is neither user:<id> nor system:<name>`);
}
