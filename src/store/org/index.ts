export {
  createOrganisation,
  findOrganisationsByName,
  getOrganisation,
  listOrganisations,
} from './organisations.js';
export {
  createEntity,
  listEntities,
  createSite,
  listSites,
  type NewEntity,
  type NewSite,
} from './boundary.js';
export {
  openPeriod,
  getPeriod,
  listPeriods,
  setPeriodStatus,
  requireOpenPeriod,
  type NewPeriod,
} from './periods.js';
export { setMember, membershipOf, listMembers } from './members.js';
export { addDocument, recordDocument, getDocument, listDocuments, type NewDocument } from './documents.js';
export {
  DOCUMENT_INDEX_STATUSES,
  documentBytes,
  periodContentIndex,
  type DocumentContent,
  type DocumentIndexEntry,
  type DocumentIndexStatus,
} from './document-content.js';
export { periodReportClaims, type ReportClaims } from './report-claims.js';
