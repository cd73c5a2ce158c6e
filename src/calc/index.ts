// The calc layer: activity data and rosters → facts with calculation lineage, from a versioned factor library.
export * from './factors/index.js';
export * from './activity/index.js';
export * from './aggregate/index.js';
export * from './methods/index.js';
export * from './engine/index.js';
export * from './input/index.js';
export * from './roster/index.js';
export * from './run/index.js';
export * from './present/index.js';
