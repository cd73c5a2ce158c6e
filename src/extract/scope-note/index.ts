export { readScopeNote, words, type ScopeNote } from './scope-note.js';
export { applyScopeNotes, SCOPE_DIM } from './apply-scope-notes.js';
