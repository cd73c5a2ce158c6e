import type { Period } from '../../core/index.js';

/** Whether a period still accepts edits. A locked period refuses every change to its facts. */
export const PERIOD_STATUSES = ['open', 'locked'] as const;
/** One of {@link PERIOD_STATUSES}. */
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** One organisation's reporting year: its dates and whether it is open or locked. */
export interface ReportingPeriod {
  readonly id: string;
  readonly orgId: string;
  /** The core period facts carry: year (the year the period ends) and first and last day. */
  readonly period: Required<Period>;
  readonly status: PeriodStatus;
}
