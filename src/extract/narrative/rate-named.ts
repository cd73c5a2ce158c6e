import type { NamedBefore } from './named-before.js';

/**
 * "a lost-time injury frequency rate ("LTIFR") of 2.86", "the total recordable injury rate was 0.9",
 * "LTIFR stood at 0.35": a GRI 403-9 rate named before its bare number, its base printed elsewhere
 * or not at all (the injury-rate check then tries both bases). A unit or noun after the number
 * ("2.86 cases", "0.5%") is read by the other readers.
 */
export const NAMED_RATE: NamedBefore = {
  words:
    /\b((?:(?:lost[- ]time|total\s+recordable|recordable|work[- ]related)\s+)?(?:injury|incident|accident)\s+(?:frequency\s+|severity\s+)?rate|LTIFR|LTIR|TRIFR|TRIR)\s*(?:\(\s*["“”']?[A-Z]{2,8}["“”']?\s*\)\s*)?(?:of|was|were|is|stood\s+at|came\s+to|reached|fell\s+to|rose\s+to)\s+(?:about\s+|approximately\s+)?$/i,
  reach: 100,
  unit: '',
  measured: true,
  namesFigure: true,
  notBefore:
    /^\s?(?:[%‰]|(?!(?:in|for|during|and|while|compared|against|versus|vs|from|at|on|per)\b)[A-Za-z])/i,
};
