import type { ReportLine } from '../layout/index.js';
import { lineAt, type Paragraph } from '../narrative/index.js';

/** A clause of a paragraph, with where it starts in the paragraph's joined text. */
export interface ParagraphClause {
  readonly paragraph: Paragraph;
  readonly clause: string;
  readonly at: number;
}

/**
 * Every paragraph's clauses, cut by `split` (each reader its own clause ends); the paragraphs are the
 * document's, wrapped lines joined as the narrative reader joins them, built once for every reader.
 */
export function* paragraphClauses(
  paragraphs: readonly Paragraph[],
  split: RegExp,
): Generator<ParagraphClause> {
  for (const paragraph of paragraphs) {
    let at = 0;
    for (const clause of paragraph.text.split(split)) {
      yield { paragraph, clause, at };
      at += clause.length;
    }
  }
}

/** The report line a clause's character `offset` falls on. */
export const clauseLine = ({ paragraph, at }: ParagraphClause, offset: number): ReportLine =>
  lineAt(paragraph, at + offset);
