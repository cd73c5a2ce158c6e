export { LOOK_ALIKE_PATTERN, latinLookAlike, foldLookAlikes } from './look-alikes.js';
export { SUPERSCRIPT_DIGITS } from './script-digits.js';
