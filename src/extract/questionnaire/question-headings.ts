import type { ReportLine } from '../layout/index.js';

/**
 * A questionnaire response (CDP's climate, water and forests questionnaires) prints each question's
 * reference before its text: "(C6.1) What were your organization's gross global Scope 1 emissions …?",
 * "W1.2h  Provide total water withdrawal data …", or in the 2024 format "(7.6) What were …". A bare
 * "3.2 Energy management" is an ordinary numbered heading, so a reference of digits only must be bracketed.
 */
const QUESTION =
  /^\s*(?:\(([A-Z]{1,2}\d{1,2}(?:\.\d{1,2}[a-z]{0,2})*|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*)\)|([CWF]\d{1,2}\.\d{1,2}[a-z]{0,2}(?:\.\d{1,2}[a-z]?)*))\s+(\p{Lu}.*)$/u;
/** A module heading ("C6. Emissions data", "Module 7. Environmental performance") closes the question above it. */
const MODULE = /^\s*(?:[A-Z]{1,2}\d{1,2}\.|module\s+\d{1,2}\.?)\s+\p{Lu}/iu;
/** A response is a questionnaire when it prints at least this many question references. */
const MIN_QUESTIONS = 3;

/** One question of a response: its reference, its text and the answer lines under it. */
export interface Question {
  readonly code: string;
  readonly text: string;
  /** The answer lines, up to the next question or module heading. */
  readonly lines: readonly ReportLine[];
}

/**
 * The questions of a questionnaire response with their answer lines; none when the document prints
 * fewer than {@link MIN_QUESTIONS} question references (an ordinary report, whose "label over figure"
 * lines are tables printed without layout, read elsewhere).
 */
export function findQuestions(lines: readonly ReportLine[]): Question[] {
  const heads = lines.flatMap((l, i) => {
    const m = QUESTION.exec(l.text.replace(/\t/g, ' '));
    return m ? [{ at: i, code: m[1] ?? m[2] ?? '', text: m[3] ?? '' }] : [];
  });
  if (heads.length < MIN_QUESTIONS) return [];
  return heads.map((h, k) => {
    const end = heads[k + 1]?.at ?? lines.length;
    const answer: ReportLine[] = [];
    for (const line of lines.slice(h.at + 1, end)) {
      if (MODULE.test(line.text)) break;
      answer.push(line);
    }
    return { code: h.code, text: h.text.trim(), lines: answer };
  });
}
