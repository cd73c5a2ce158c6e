/**
 * Who makes a change: a signed-in user (checked against their role in the organisation), or the
 * system itself — the CLI, the demo loader, a migration — which acts with an owner's rights.
 */
export type Actor =
  { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'system'; readonly name: string };

/** A user actor. */
export function userActor(userId: string): Actor {
  return { kind: 'user', userId };
}

/** A system actor named after the tool acting, e.g. `cli` or `demo`. */
export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}
