import type { Dims } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

// A table of training, in the languages reports print beside English: "Training by category",
// "Capacitación por categoría", "Formação por categoria", "Formation par catégorie".
const TRAINING =
  /\b(?:training|learning|capacitaci[oó]n|formaci[oó]n|entrenamiento|forma[cç][aã]o|formation)\b/i;

// The columns such a table counts its rows by: people who took part, and the hours they spent.
const PARTICIPANTS =
  /^(?:participants?|participantes?|trained|formados|formandos|capacitados|personnes form[ée]es)$/i;
// "Total hours" beside "Average hours": the rows' hours in all, no headcount's total.
const HOURS = /^(?:(?:total|training)\s+)?(?:hours|horas|heures)(?:\s*\(h\))?$/i;
// The table's whole row: "Total", or all its staff ("All employees").
const WHOLE_ROW = /^(?:total|all\s+(?:employees|staff))$/i;

/**
 * The catalogue phrase of a bare "Participants" or "Hours" column in a table of training (GRI 404-1,
 * HKEX B3.1/B3.2): each row of a breakdown ("Technicians", "Women") or its total row is that group's
 * employees trained or training hours. Undefined for any other column, table or row.
 */
export function trainingColumnPhrase(m: Mention, dims: Dims): string | undefined {
  if (m.kind !== 'table' || m.column === undefined) return undefined;
  if (!m.context.some((c) => TRAINING.test(c))) return undefined;
  const breakdown = ['employee_category', 'gender', 'age', 'site', 'region'].some(
    (d) => dims[d] !== undefined,
  );
  if (!breakdown && !WHOLE_ROW.test(m.label.trim())) return undefined;
  const column = m.column.trim();
  if (PARTICIPANTS.test(column)) return 'employees trained';
  return HOURS.test(column) ? 'training hours' : undefined;
}

// A column counting a group's staff, and one counting those of it trained, as a training table prints
// them side by side ("Employees | Trained | % trained | Training hours").
const HEADCOUNT_COLUMN = /^(?:employees|headcount|staff|number of employees|employees \(number\))$/i;
const TRAINED_COLUMN = /^(?:(?:employees|staff|number|no\.)\s+)?trained$/i;

/**
 * The rows' breakdown of a training table printing each row's headcount beside those trained: the rows
 * ("Nurses", "Technicians") are groups of staff, each set against its own headcount (GRI 404-1, HKEX
 * B3.1), whatever the title says. '' for any other table.
 */
export function trainingTableRows(columns: readonly string[] | undefined): string {
  const headings = (columns ?? []).map((c) => c.trim());
  const byGroup =
    headings.some((c) => HEADCOUNT_COLUMN.test(c)) && headings.some((c) => TRAINED_COLUMN.test(c));
  return byGroup ? 'by employee category' : '';
}
