import type { CheckResult } from '../check-facts.js';
import { renderCheckHtml } from './check-html.js';
import { renderCheckJson } from './check-json.js';
import { renderCheckTable } from './check-table.js';

/** Output formats of `esg check`. */
export const CHECK_FORMATS = ['json', 'table', 'html'] as const;
/** One of {@link CHECK_FORMATS}. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The check result in the chosen format. */
export function renderCheck(result: CheckResult, format: CheckFormat): string {
  switch (format) {
    case 'json':
      return renderCheckJson(result);
    case 'table':
      return renderCheckTable(result);
    case 'html':
      return renderCheckHtml(result);
  }
}
