import type { SurveyScore } from './survey.js';

/** The columns a survey file has: the two labels and the four scores. */
export type SurveyColumn = 'group' | 'topic' | SurveyScore;

// Header spellings seen in survey exports; matched after lower-casing and collapsing punctuation.
const HEADERS: Readonly<Record<SurveyColumn, readonly string[]>> = {
  group: ['group', 'respondent group', 'stakeholder group', 'stakeholder', 'respondent type'],
  topic: ['topic', 'issue', 'material topic', 'esg issue', 'esg topic'],
  stakeholder: [
    'importance to stakeholders',
    'stakeholder importance',
    'importance',
    'importance to stakeholder',
  ],
  business: [
    'impact on the business',
    'impact on business',
    'business impact',
    'importance to business',
    'importance to the business',
  ],
  impact: ['impact materiality', 'impact'],
  financial: ['financial materiality', 'financial'],
};

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s\-:()]+/g, ' ')
    .trim();
}

/** Column positions by meaning; -1 when a column is absent. */
export type SurveyColumnMap = Readonly<Record<SurveyColumn, number>>;

/** Finds each column in a header row; unknown headers are ignored. */
export function mapSurveyColumns(header: readonly string[]): SurveyColumnMap {
  const keys = header.map(key);
  const find = (col: SurveyColumn) => keys.findIndex((k) => HEADERS[col].includes(k));
  return {
    group: find('group'),
    topic: find('topic'),
    stakeholder: find('stakeholder'),
    business: find('business'),
    impact: find('impact'),
    financial: find('financial'),
  };
}

/** The required columns missing from a map, by their first header spelling. */
export function missingSurveyColumns(map: SurveyColumnMap): string[] {
  const required: SurveyColumn[] = ['group', 'topic', 'stakeholder', 'business'];
  return required.filter((c) => map[c] < 0).map((c) => HEADERS[c][0] ?? c);
}
