// The pure core: facts, quantities, units, metrics and frameworks. No I/O at import time.
export * from './errors/index.js';
export * from './quantity/index.js';
export * from './text/index.js';
export * from './units/index.js';
export * from './fact/index.js';
export * from './command/index.js';
export * from './frameworks/index.js';
export * from './content-index/index.js';
export * from './metrics/index.js';
