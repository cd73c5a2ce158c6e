export {
  FACTOR_KINDS,
  GASES,
  GWP_SETS,
  VERIFICATION_STATUSES,
  factorSchema,
  factorSetSchema,
  type Factor,
  type FactorKind,
  type FactorSet,
  type Gas,
  type GwpSet,
  type VerificationStatus,
} from './factor.js';
export { FactorLibrary, parseFactorSet, type FactorQuery, type FactorChoice } from './factor-library.js';
export { factorLibrary } from './default-factors.js';
export { regionKey, regionChain } from './region.js';
