export { LOOK_ALIKE_PATTERN, latinLookAlike, foldLookAlikes } from './look-alikes.js';
