export { Decimal, dec, type DecimalInput } from './decimal.js';
export type { Unit } from './unit.js';
export { quantity, convertQuantity, sumQuantities, assertSameDimension, type Quantity } from './quantity.js';
