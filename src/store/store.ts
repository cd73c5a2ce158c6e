import type { NewUser } from './auth/index.js';
import type { DialectName } from './db/index.js';
import type { UpsertOptions } from './facts/index.js';
import type {
  ExplanationWrite,
  MaterialitySettings,
  Narrative,
  NarrativeVersion,
  NarrativeWrite,
  StoredExplanation,
  StoredMateriality,
  SurveyRow,
} from './disclosures/index.js';
import type {
  Actor,
  ApiToken,
  AuditEntry,
  Conflict,
  ConflictResolution,
  ConflictStatus,
  DocumentRecord,
  Entity,
  FactFilter,
  FactVersion,
  FactWrite,
  Membership,
  Organisation,
  Page,
  ReportingPeriod,
  ReviewDecision,
  Role,
  Session,
  Site,
  StoredFact,
  UpsertResult,
  User,
} from './model/index.js';
import type {
  DocumentIndexEntry,
  NewDocument,
  NewEntity,
  NewPeriod,
  NewSite,
  ReportClaims,
} from './org/index.js';

/**
 * Facts at rest, and the organisations, people and decisions around them — the same contract on
 * SQLite and PostgreSQL (src/store/store.contract.ts). Every method on an organisation's data
 * takes its id and scopes every query by it, and takes the acting user: a user who is not a member
 * gets NOT_FOUND, one whose role does not allow the action gets FORBIDDEN. A locked period refuses
 * edits with CONFLICT. Invalid input is INVALID_INPUT. All errors are EsgError.
 */
export interface Store {
  readonly dialect: DialectName;

  /** Creates an organisation; a user actor becomes its owner. */
  createOrganisation(name: string, actor: Actor): Promise<Organisation>;
  /** The organisation, if the actor may see it. */
  getOrganisation(orgId: string, actor: Actor): Promise<Organisation>;
  /** The organisations a user belongs to. */
  listOrganisations(userId: string): Promise<Organisation[]>;
  /** The organisations with exactly this name, oldest first; for operators (it checks no membership). */
  findOrganisationsByName(name: string): Promise<Organisation[]>;

  /** Adds a legal entity with its reporting boundary (owner). */
  createEntity(orgId: string, input: NewEntity, actor: Actor): Promise<Entity>;
  /** The organisation's entities. */
  listEntities(orgId: string, actor: Actor): Promise<Entity[]>;
  /** Adds a site with its reporting boundary (owner). */
  createSite(orgId: string, input: NewSite, actor: Actor): Promise<Site>;
  /** The organisation's sites. */
  listSites(orgId: string, actor: Actor): Promise<Site[]>;

  /** Opens a reporting year (owner); CONFLICT when it exists. */
  openPeriod(orgId: string, input: NewPeriod, actor: Actor): Promise<ReportingPeriod>;
  /** One period of the organisation. */
  getPeriod(orgId: string, periodId: string, actor: Actor): Promise<ReportingPeriod>;
  /** The organisation's periods, latest first. */
  listPeriods(orgId: string, actor: Actor): Promise<ReportingPeriod[]>;
  /** Locks a period against edits (owner). */
  lockPeriod(orgId: string, periodId: string, actor: Actor): Promise<ReportingPeriod>;
  /** Reopens a locked period (owner). */
  unlockPeriod(orgId: string, periodId: string, actor: Actor): Promise<ReportingPeriod>;

  /** Creates a user with a scrypt-hashed password; CONFLICT when the e-mail is taken. */
  createUser(input: NewUser, actor: Actor): Promise<User>;
  /** A user by id. */
  getUser(userId: string): Promise<User | undefined>;
  /** A user by e-mail (case-insensitive). */
  findUserByEmail(email: string): Promise<User | undefined>;
  /** The user when the password matches, else undefined. */
  verifyPassword(email: string, password: string): Promise<User | undefined>;
  /** Gives or changes a user's role (owner); contributors get their sites. */
  addMember(
    orgId: string,
    userId: string,
    role: Role,
    actor: Actor,
    siteIds?: readonly string[],
  ): Promise<Membership>;
  /** A user's role in an organisation, undefined when not a member. */
  roleOf(orgId: string, userId: string): Promise<Role | undefined>;
  /** A user's membership with assigned sites. */
  membershipOf(orgId: string, userId: string): Promise<Membership | undefined>;
  /** The organisation's members. */
  listMembers(orgId: string, actor: Actor): Promise<Membership[]>;

  /** A new API token; the secret is returned only here. */
  createApiToken(
    userId: string,
    name: string,
  ): Promise<{ readonly token: ApiToken; readonly secret: string }>;
  /** The user a live token secret belongs to. */
  verifyApiToken(secret: string): Promise<User | undefined>;
  /** A user's live tokens. */
  listApiTokens(userId: string): Promise<ApiToken[]>;
  /** Revokes one of the user's tokens. */
  revokeApiToken(userId: string, tokenId: string): Promise<void>;
  /** Starts a session; the secret goes in the cookie. */
  createSession(
    userId: string,
    ttlMs: number,
  ): Promise<{ readonly secret: string; readonly session: Session }>;
  /** The live session for a cookie secret. */
  getSession(secret: string): Promise<Session | undefined>;
  /** Ends a session. */
  deleteSession(secret: string): Promise<void>;

  /** Records an uploaded document (owner, contributor); the same bytes return the first record. */
  addDocument(orgId: string, input: NewDocument, actor: Actor): Promise<DocumentRecord>;
  /** One document's record. */
  getDocument(orgId: string, documentId: string, actor: Actor): Promise<DocumentRecord>;
  /** The organisation's documents, newest first. */
  listDocuments(orgId: string, actor: Actor): Promise<DocumentRecord[]>;
  /** A document's record and bytes; NOT_FOUND for another organisation's or one whose file was not kept. */
  getDocumentFile(
    orgId: string,
    documentId: string,
    actor: Actor,
  ): Promise<{ readonly document: DocumentRecord; readonly bytes: Uint8Array }>;
  /** The content index of the reports imported into a period, the latest import's first. */
  periodContentIndex(orgId: string, periodId: string, actor: Actor): Promise<DocumentIndexEntry[]>;
  /** The framework claims and statements of the reports imported into a period, the latest import's first. */
  periodReportClaims(orgId: string, periodId: string, actor: Actor): Promise<ReportClaims>;

  /** Stores a batch of facts as one import in one transaction (see upsertFacts in facts/). */
  upsertFacts(
    orgId: string,
    periodId: string,
    facts: readonly FactWrite[],
    actor: Actor,
    reason: string,
    options?: UpsertOptions,
  ): Promise<UpsertResult>;
  /** A page of facts matching the filter, with provenance. */
  listFacts(orgId: string, filter: FactFilter, actor: Actor): Promise<Page<StoredFact>>;
  /**
   * The same page as listFacts, each fact as the text of its JSON form (core's FactJson), as the
   * database keeps it in the fact's row (the API's facts list).
   */
  listFactsJson(orgId: string, filter: FactFilter, actor: Actor): Promise<Page<string>>;
  /** One fact. */
  getFact(orgId: string, factId: string, actor: Actor): Promise<StoredFact>;
  /** Every version of a fact, oldest first. */
  factHistory(orgId: string, factId: string, actor: Actor): Promise<FactVersion[]>;
  /** Approves (→ verified) or rejects (→ rejected, comment required) a fact (reviewer, owner). */
  review(
    orgId: string,
    factId: string,
    decision: ReviewDecision,
    comment: string,
    actor: Actor,
  ): Promise<StoredFact>;
  /** Conflicts between verified facts and proposed changes. */
  listConflicts(
    orgId: string,
    filter: { readonly status?: ConflictStatus; readonly factId?: string },
    actor: Actor,
  ): Promise<Conflict[]>;
  /** Accepts (proposal becomes the verified value) or dismisses a conflict (reviewer, owner). */
  resolveConflict(
    orgId: string,
    conflictId: string,
    resolution: ConflictResolution,
    comment: string,
    actor: Actor,
  ): Promise<Conflict>;

  /** The organisation's audit log, newest first. */
  listAuditLog(
    orgId: string,
    options: { readonly limit?: number; readonly cursor?: string },
    actor: Actor,
  ): Promise<Page<AuditEntry>>;

  /** Replaces a period's materiality survey responses (owner, contributor); returns how many were stored. */
  importSurvey(
    orgId: string,
    periodId: string,
    input: { readonly source: string; readonly responses: readonly SurveyRow[] },
    actor: Actor,
  ): Promise<number>;
  /** Replaces a period's materiality weights, thresholds, lens and rule (owner, contributor). */
  setMaterialitySettings(
    orgId: string,
    periodId: string,
    settings: MaterialitySettings,
    actor: Actor,
  ): Promise<void>;
  /** A period's materiality survey and settings. */
  getMateriality(orgId: string, periodId: string, actor: Actor): Promise<StoredMateriality>;
  /** Writes a framework code's narrative as a new version (owner, contributor). */
  putNarrative(orgId: string, periodId: string, input: NarrativeWrite, actor: Actor): Promise<Narrative>;
  /** A period's narratives for a framework at their current versions. */
  listNarratives(orgId: string, periodId: string, framework: string, actor: Actor): Promise<Narrative[]>;
  /** Every version of a code's narrative, oldest first. */
  narrativeHistory(
    orgId: string,
    periodId: string,
    framework: string,
    code: string,
    actor: Actor,
  ): Promise<NarrativeVersion[]>;
  /** Sets why a framework code is not reported (owner, contributor). */
  putExplanation(
    orgId: string,
    periodId: string,
    input: ExplanationWrite,
    actor: Actor,
  ): Promise<StoredExplanation>;
  /** Withdraws a code's omission explanation (owner, contributor). */
  deleteExplanation(
    orgId: string,
    periodId: string,
    framework: string,
    code: string,
    actor: Actor,
  ): Promise<void>;
  /** A period's omission explanations for a framework. */
  listExplanations(
    orgId: string,
    periodId: string,
    framework: string,
    actor: Actor,
  ): Promise<StoredExplanation[]>;

  /**
   * Refreshes the query planner's statistics; call after loading facts in bulk by other means
   * (imports through this store refresh them after every 50,000 new facts).
   */
  analyze(): Promise<void>;
  /** Applies pending migrations; returns the names applied (none when up to date). */
  migrate(): Promise<readonly string[]>;
  /** Closes the connection (pool). */
  close(): Promise<void>;
}
