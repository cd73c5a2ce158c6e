import { authorize, roleOf } from './access/index.js';
import { listAuditLog } from './audit/index.js';
import * as auth from './auth/index.js';
import type { StoreContext } from './context.js';
import { migrateToLatest, refreshStatistics } from './db/index.js';
import * as disclosures from './disclosures/index.js';
import * as facts from './facts/index.js';
import type { Actor } from './model/index.js';
import * as org from './org/index.js';
import type { Store } from './store.js';

/** New facts after which the planner's statistics are refreshed (see db/statistics.ts). */
const ANALYZE_EVERY = 50_000;

/**
 * The {@link Store} on Kysely, for either dialect. A thin shell: each method checks the actor may
 * read (writes check inside their own transaction) and calls the function that does the work.
 */
export class KyselyStore implements Store {
  readonly dialect: Store['dialect'];
  readonly #ctx: StoreContext;
  #insertedSinceAnalyze = 0;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    this.dialect = ctx.dialect;
  }

  async #read(orgId: string, actor: Actor): Promise<StoreContext> {
    await authorize(this.#ctx, orgId, actor, 'read');
    return this.#ctx;
  }

  createOrganisation: Store['createOrganisation'] = (name, actor) =>
    org.createOrganisation(this.#ctx, name, actor);
  getOrganisation: Store['getOrganisation'] = async (orgId, actor) =>
    org.getOrganisation(await this.#read(orgId, actor), orgId);
  listOrganisations: Store['listOrganisations'] = (userId) => org.listOrganisations(this.#ctx, userId);
  findOrganisationsByName: Store['findOrganisationsByName'] = (name) =>
    org.findOrganisationsByName(this.#ctx, name);

  createEntity: Store['createEntity'] = (orgId, input, actor) =>
    org.createEntity(this.#ctx, orgId, input, actor);
  listEntities: Store['listEntities'] = async (orgId, actor) =>
    org.listEntities(await this.#read(orgId, actor), orgId);
  createSite: Store['createSite'] = (orgId, input, actor) => org.createSite(this.#ctx, orgId, input, actor);
  listSites: Store['listSites'] = async (orgId, actor) =>
    org.listSites(await this.#read(orgId, actor), orgId);

  openPeriod: Store['openPeriod'] = (orgId, input, actor) => org.openPeriod(this.#ctx, orgId, input, actor);
  getPeriod: Store['getPeriod'] = async (orgId, periodId, actor) =>
    org.getPeriod(await this.#read(orgId, actor), orgId, periodId);
  listPeriods: Store['listPeriods'] = async (orgId, actor) =>
    org.listPeriods(await this.#read(orgId, actor), orgId);
  lockPeriod: Store['lockPeriod'] = (orgId, periodId, actor) =>
    org.setPeriodStatus(this.#ctx, orgId, periodId, 'locked', actor);
  unlockPeriod: Store['unlockPeriod'] = (orgId, periodId, actor) =>
    org.setPeriodStatus(this.#ctx, orgId, periodId, 'open', actor);

  createUser: Store['createUser'] = (input, actor) => auth.createUser(this.#ctx, input, actor);
  getUser: Store['getUser'] = (userId) => auth.getUser(this.#ctx, userId);
  findUserByEmail: Store['findUserByEmail'] = (email) => auth.findUserByEmail(this.#ctx, email);
  verifyPassword: Store['verifyPassword'] = (email, password) =>
    auth.verifyPassword(this.#ctx, email, password);
  addMember: Store['addMember'] = (orgId, userId, role, actor, siteIds) =>
    org.setMember(this.#ctx, orgId, userId, role, actor, siteIds);
  roleOf: Store['roleOf'] = (orgId, userId) => roleOf(this.#ctx, orgId, userId);
  membershipOf: Store['membershipOf'] = (orgId, userId) => org.membershipOf(this.#ctx, orgId, userId);
  listMembers: Store['listMembers'] = async (orgId, actor) =>
    org.listMembers(await this.#read(orgId, actor), orgId);

  createApiToken: Store['createApiToken'] = (userId, name) => auth.createApiToken(this.#ctx, userId, name);
  verifyApiToken: Store['verifyApiToken'] = (secret) => auth.verifyApiToken(this.#ctx, secret);
  listApiTokens: Store['listApiTokens'] = (userId) => auth.listApiTokens(this.#ctx, userId);
  revokeApiToken: Store['revokeApiToken'] = (userId, tokenId) =>
    auth.revokeApiToken(this.#ctx, userId, tokenId);
  createSession: Store['createSession'] = (userId, ttlMs) => auth.createSession(this.#ctx, userId, ttlMs);
  getSession: Store['getSession'] = (secret) => auth.getSession(this.#ctx, secret);
  deleteSession: Store['deleteSession'] = (secret) => auth.deleteSession(this.#ctx, secret);

  addDocument: Store['addDocument'] = (orgId, input, actor) =>
    org.addDocument(this.#ctx, orgId, input, actor);
  getDocument: Store['getDocument'] = async (orgId, documentId, actor) =>
    org.getDocument(await this.#read(orgId, actor), orgId, documentId);
  listDocuments: Store['listDocuments'] = async (orgId, actor) =>
    org.listDocuments(await this.#read(orgId, actor), orgId);
  getDocumentFile: Store['getDocumentFile'] = async (orgId, documentId, actor) => {
    const ctx = await this.#read(orgId, actor);
    const document = await org.getDocument(ctx, orgId, documentId);
    return { document, bytes: await org.documentBytes(ctx, document) };
  };
  periodContentIndex: Store['periodContentIndex'] = async (orgId, periodId, actor) => {
    const ctx = await this.#read(orgId, actor);
    await org.getPeriod(ctx, orgId, periodId);
    return org.periodContentIndex(ctx, orgId, periodId);
  };
  periodReportClaims: Store['periodReportClaims'] = async (orgId, periodId, actor) => {
    const ctx = await this.#read(orgId, actor);
    await org.getPeriod(ctx, orgId, periodId);
    return org.periodReportClaims(ctx, orgId, periodId);
  };

  upsertFacts: Store['upsertFacts'] = async (orgId, periodId, batch, actor, reason, options) => {
    const result = await facts.upsertFacts(this.#ctx, orgId, periodId, batch, actor, reason, options);
    this.#insertedSinceAnalyze += result.inserted;
    if (this.#insertedSinceAnalyze >= ANALYZE_EVERY) await this.analyze();
    return result;
  };
  listFacts: Store['listFacts'] = async (orgId, filter, actor) =>
    facts.listFacts(await this.#read(orgId, actor), orgId, filter);
  // Checks the reader within its own query (see list-facts-json.ts).
  listFactsJson: Store['listFactsJson'] = (orgId, filter, actor) =>
    facts.listFactsJson(this.#ctx, orgId, filter, actor);
  getFact: Store['getFact'] = async (orgId, factId, actor) =>
    facts.getFact(await this.#read(orgId, actor), orgId, factId);
  factHistory: Store['factHistory'] = async (orgId, factId, actor) =>
    facts.factHistory(await this.#read(orgId, actor), orgId, factId);
  review: Store['review'] = (orgId, factId, decision, comment, actor) =>
    facts.reviewFact(this.#ctx, orgId, factId, decision, comment, actor);
  listConflicts: Store['listConflicts'] = async (orgId, filter, actor) =>
    facts.listConflicts(await this.#read(orgId, actor), orgId, filter);
  resolveConflict: Store['resolveConflict'] = (orgId, conflictId, resolution, comment, actor) =>
    facts.resolveConflict(this.#ctx, orgId, conflictId, resolution, comment, actor);

  listAuditLog: Store['listAuditLog'] = async (orgId, options, actor) =>
    listAuditLog(await this.#read(orgId, actor), orgId, options);

  importSurvey: Store['importSurvey'] = (orgId, periodId, input, actor) =>
    disclosures.importSurvey(this.#ctx, orgId, periodId, input, actor);
  setMaterialitySettings: Store['setMaterialitySettings'] = (orgId, periodId, settings, actor) =>
    disclosures.setMaterialitySettings(this.#ctx, orgId, periodId, settings, actor);
  getMateriality: Store['getMateriality'] = async (orgId, periodId, actor) =>
    disclosures.getMateriality(await this.#read(orgId, actor), orgId, periodId);
  putNarrative: Store['putNarrative'] = (orgId, periodId, input, actor) =>
    disclosures.putNarrative(this.#ctx, orgId, periodId, input, actor);
  listNarratives: Store['listNarratives'] = async (orgId, periodId, framework, actor) =>
    disclosures.listNarratives(await this.#read(orgId, actor), orgId, periodId, framework);
  narrativeHistory: Store['narrativeHistory'] = async (orgId, periodId, framework, code, actor) =>
    disclosures.narrativeHistory(await this.#read(orgId, actor), orgId, periodId, framework, code);
  putExplanation: Store['putExplanation'] = (orgId, periodId, input, actor) =>
    disclosures.putExplanation(this.#ctx, orgId, periodId, input, actor);
  deleteExplanation: Store['deleteExplanation'] = (orgId, periodId, framework, code, actor) =>
    disclosures.deleteExplanation(this.#ctx, orgId, periodId, framework, code, actor);
  listExplanations: Store['listExplanations'] = async (orgId, periodId, framework, actor) =>
    disclosures.listExplanations(await this.#read(orgId, actor), orgId, periodId, framework);

  analyze: Store['analyze'] = async () => {
    this.#insertedSinceAnalyze = 0;
    await refreshStatistics(this.#ctx.db, this.#ctx.dialect);
  };
  migrate: Store['migrate'] = () => migrateToLatest(this.#ctx.db, this.#ctx.dialect);
  close: Store['close'] = () => this.#ctx.db.destroy();
}
