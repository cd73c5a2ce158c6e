import type { Metric } from '../../core/index.js';

// A group row that names whose hours and injuries follow (GRI 403-9 asks for employees and for
// workers who are not employees apart): "Employees", "Contractors", "Own staff", "Subcontractors".
const EMPLOYEE_GROUP = /^(?:all\s+|own\s+|direct\s+)?(?:employees?|staff|workforce)$/;
const CONTRACTOR_GROUP =
  /^(?:(?:sub)?contractors?|contractor (?:workers|staff)|non-employees?|other workers|workers who are not employees)$/;

/**
 * Whether a safety figure (hours worked, injuries, injury rates) is for employees or contractors,
 * from the nearest group row above it that names only one of them; undefined when none does or the
 * metric is not broken down by worker.
 */
export function workerGroup(metric: Metric | undefined, context: readonly string[]): string | undefined {
  if (!metric?.dims.includes('worker_type')) return undefined;
  for (const c of [...context].reverse()) {
    const text = c
      .toLowerCase()
      .replace(/\s*\([^()]*\)\s*$/, '')
      .replace(/[:\s]+$/, '')
      .trim();
    // Workers who are not employees (GRI 2-8) are never employees, whatever the caption ("Workforce").
    if (EMPLOYEE_GROUP.test(text))
      return metric.id.startsWith('workforce.non_employee') ? undefined : 'employee';
    if (CONTRACTOR_GROUP.test(text)) return 'contractor';
  }
  return undefined;
}
