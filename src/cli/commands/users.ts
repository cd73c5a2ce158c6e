import { Option } from 'commander';
import { EsgError } from '../../core/index.js';
import {
  openStore,
  ROLES,
  systemActor,
  userActor,
  type Role,
  type Organisation,
  type Store,
  type User,
} from '../../store/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';
import { PASSWORD_ENV, readPassword } from './read-password.js';
import { DEFAULT_DB } from './serve.js';

interface AddOptions {
  db: string;
  email: string;
  name: string;
  org?: string;
  role?: Role;
  passwordStdin?: boolean;
}

/**
 * Gives the user a role in `existing`, the organisation `--org` named, or else in a new one named
 * `org` (a user made its owner creates it, so the first owner of a fresh database can sign in and
 * work).
 */
async function joinOrganisation(
  store: Store,
  user: User,
  target: { org: string; existing: Organisation | undefined },
  role: Role,
  io: CliIo,
): Promise<void> {
  const cli = systemActor('cli');
  const { org, existing } = target;
  if (existing) {
    await store.addMember(existing.id, user.id, role, cli);
    io.out(`${user.email} is ${role} of ${existing.name} (${existing.id})`);
    return;
  }
  const created = await store.createOrganisation(org, role === 'owner' ? userActor(user.id) : cli);
  if (role !== 'owner') await store.addMember(created.id, user.id, role, cli);
  io.out(`created organisation ${created.name} (${created.id}); ${user.email} is its ${role}`);
}

/**
 * The organisation `--org` names: by id, else the one organisation of exactly that name; undefined
 * when none has it. Two of the name are refused, before anything is stored: the caller gives an id.
 */
async function organisationNamed(store: Store, org: string): Promise<Organisation | undefined> {
  const byId = await store.getOrganisation(org, systemActor('cli')).catch((e: unknown) => {
    if (e instanceof EsgError && e.code === 'NOT_FOUND') return undefined;
    throw e;
  });
  if (byId) return byId;
  const named = await store.findOrganisationsByName(org);
  if (named.length > 1) {
    const ids = named.map((o) => o.id).join(', ');
    throw new EsgError(
      'INVALID_INPUT',
      `${named.length} organisations are named ${org.trim()} (${ids}): give --org the id of the one to join`,
    );
  }
  return named[0];
}

async function addUser(o: AddOptions, io: CliIo): Promise<void> {
  if (o.role !== undefined && o.org === undefined)
    throw new EsgError('INVALID_INPUT', '--role needs --org (the organisation the role is in)');
  const password = await readPassword(
    { env: process.env, fromStdin: o.passwordStdin === true, stdin: process.stdin },
    io,
  );
  const store = await openStore(o.db);
  try {
    const target =
      o.org === undefined ? undefined : { org: o.org, existing: await organisationNamed(store, o.org) };
    const user = await store.createUser({ email: o.email, name: o.name, password }, systemActor('cli'));
    io.out(`added user ${user.email} (${user.id})`);
    if (target) await joinOrganisation(store, user, target, o.role ?? 'owner', io);
  } finally {
    await store.close();
  }
}

/** `esg users add`: a user who can sign in (the first-run path of a fresh `esg serve` database). */
export const registerUsers: RegisterCommand = (program, io) => {
  const users = program.command('users').description('manage who can sign in to the esgkit app');
  users
    .command('add')
    .description(
      `add a user; the password comes from $${PASSWORD_ENV}, --password-stdin, or is typed (never an argument)`,
    )
    .option('--db <url>', 'store: sqlite:<file>, a file path or postgres://…', DEFAULT_DB)
    .requiredOption('--email <email>', 'e-mail address the user signs in with')
    .requiredOption('--name <name>', 'name shown in the app and the audit log')
    .option('--org <id-or-name>', "an organisation's id or name; a name no organisation has creates one")
    .addOption(new Option('--role <role>', 'role in --org (default owner)').choices(ROLES))
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (o: AddOptions) => {
      await addUser(o, io);
    });
};
