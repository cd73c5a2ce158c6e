export { parseUnit, tryParseUnit, unitOf } from './parse-unit.js';
export { findCurrency, type CurrencyMatch } from './money.js';
export { convert, CONVERSION_DIGITS } from './convert.js';
export { parseNumber, MISSING_REASONS, type ParsedNumber, type MissingReason } from './number.js';
export { parseQuantity, formatQuantity, type FormatOptions } from './quantity-text.js';
export { listUnits, listDimensions, baseUnitOf, registryInfo } from './catalogue.js';
export { MAX_TEXT_LENGTH } from './normalize.js';
export type { UnitParseOptions, NumberParseOptions } from './options.js';
export type { UnitDefinition, DimensionInfo } from './registry.js';
