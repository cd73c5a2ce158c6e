export { checkedFacts } from './document-order.js';
export { extractDocument, type ExtractOptions } from './extract-document.js';
export {
  UNCLASSIFIED,
  type ExtractResult,
  type ExtractedFact,
  type ExtractedDocument,
} from './extract-result.js';
