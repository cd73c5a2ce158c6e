export { connect, parseStoreUrl, type Connection, type StoreLocation } from './connect.js';
export { migrateToLatest, migrationsFor } from './migrate.js';
export type * from './schema.js';
export { DIALECTS } from './schema.js';
export { refreshStatistics, optimizeOnOpen } from './statistics.js';
