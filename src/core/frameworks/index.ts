export {
  FRAMEWORK_IDS,
  CODE_PREFIXES,
  DISCLOSURE_LEVELS,
  ITEM_KINDS,
  type FrameworkId,
  type CodePrefix,
  type DisclosureLevel,
  type ItemKind,
  type FrameworkItem,
  type FrameworkSource,
  type Framework,
  type ReplacedCode,
} from './framework.js';
export { getFramework, listFrameworks, isFrameworkId } from './catalogue.js';
export { findItem, type FoundItem } from './find-item.js';
export { normaliseCode, parseQualifiedCode, qualify, type ParsedCode } from './code.js';
export { crosswalk, getCrosswalk, type Crosswalk, type CrosswalkLink } from './crosswalk.js';
