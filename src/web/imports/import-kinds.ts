import type { ImportKind } from '../client/index.js';

/** What each kind of upload is, which files it takes, and what happens to it. */
export const IMPORT_KIND_INFO: Readonly<
  Record<ImportKind, { readonly label: string; readonly accept: string; readonly hint: string }>
> = {
  report: {
    label: 'ESG report',
    accept: '.pdf,.txt,application/pdf,text/plain',
    hint: 'A PDF or text report; its KPI figures are extracted with their page or line.',
  },
  activity: {
    label: 'Activity data',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    hint: 'Energy, fuel, water, waste and travel per site (CSV or XLSX); emissions are calculated with published factors.',
  },
  roster: {
    label: 'Staff roster',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    hint: 'One row per person employed in the year (CSV or XLSX); workforce, turnover and training figures are calculated.',
  },
};

/** A byte count as people read it: 512 B, 14.2 KB, 3.1 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
