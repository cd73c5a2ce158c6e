export { readText } from './read-text.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { rawLines, textToLines } from './text-lines.js';
