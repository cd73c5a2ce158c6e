export { extractNarrative, type NarrativeResult } from './extract-narrative.js';
export { CHANGE_DIRECTIONS, type ChangeDirection, type StatedChange } from './stated-change.js';
export { splitSentences, type Sentence } from './sentences.js';
export { findZeroStatements, type ZeroStatement } from './zero-statements.js';
export { readFigure, type NarrativeFigure } from './read-figure.js';
export { whyNotAFigure } from './figure-context.js';
export { toParagraphs, lineAt, type Paragraph } from './paragraphs.js';
export { isCroatianCounted } from './croatian-counts.js';
export { COURSE_WORDS } from './course-words.js';
