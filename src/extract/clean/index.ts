export { cleanText, stripBullets } from './markup.js';
export { foldHomoglyphs } from './homoglyphs.js';
