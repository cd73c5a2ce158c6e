export { readText } from './read-text.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { eachLine, textToLines } from './text-lines.js';
