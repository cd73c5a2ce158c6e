export { factRoutes } from './fact.routes.js';
export { enterFactCommand, factEntrySchema, type EntryDeps } from './enter-fact.command.js';
export { factJson, factVersionJson, conflictJson } from './fact-json.js';
export {
  factSchema,
  conflictSchema,
  factVersionSchema,
  upsertResultSchema,
  factParams,
} from './fact.schema.js';
export { provenanceSchema, actorSchema } from './provenance.schema.js';
export { findStoredFact } from './find-stored-fact.js';
