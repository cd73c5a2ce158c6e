export { MENTION_KINDS, type Mention, type MentionKind } from './mention.js';
