export {
  LOOK_ALIKE_PATTERN,
  latinLookAlike,
  foldLookAlikes,
  foldLookAlikeWords,
  isCyrillicText,
} from './look-alikes.js';
export { SUPERSCRIPT_DIGITS } from './script-digits.js';
export { foldAccents } from './fold-accents.js';
export { foldArabicLetters } from './arabic-letters.js';
export { foldTraditionalChinese } from './simplified-chinese.js';
export { OF_WHOM_WORDS, partOfWholeBefore, partRowLead, type PrintedPart } from './part-of-whole.js';
export {
  DENOMINATOR_KINDS,
  denominatorKind,
  namedDenominator,
  type DenominatorKind,
  type NamedDenominator,
} from './intensity-denominator.js';
export { escapeRegExp } from './escape-regexp.js';
export { yesNoAnswer } from './yes-no.js';
export { isTotalLabel } from './total-label.js';
export { namesFacilityEnergy, namesItEquipmentEnergy } from './data-centre-energy.js';
