import type { Decimal, Fact } from '../../core/index.js';
import { footnoteBody, footnoteText, type ReportModel } from '../model/index.js';

/** One figure printed in the report, flattened for a spreadsheet or CSV. */
export interface DataRow {
  /** The KPI section's code (`A1`, `305`, `D`, `other`) and title. */
  readonly sectionCode: string;
  readonly section: string;
  /** The HTML id of the KPI row it belongs to (several years share one). */
  readonly rowId: string;
  readonly codes: readonly string[];
  readonly metric: string;
  readonly indicator: string;
  /** The breakdown as `key=value` pairs joined by "; ". */
  readonly breakdown: string;
  readonly year: number;
  /** Exact, in the row's unit. */
  readonly value: Decimal;
  readonly unit: string;
  readonly status: string;
  readonly provenance: Fact['provenance']['kind'];
  /** The footnote text: method and factors, document and page, or who entered it. */
  readonly source: string;
  readonly fact: Fact;
}

/** Every figure of the report's KPI tables, section by section, row by row, oldest year first. */
export function dataRows(model: ReportModel): DataRow[] {
  return model.sections.flatMap((s) =>
    (s.table?.rows ?? []).flatMap((row) =>
      row.cells.flatMap((cell) =>
        cell
          ? [
              {
                sectionCode: s.code,
                section: s.title,
                rowId: row.id,
                codes: row.codes,
                metric: row.metric,
                indicator: row.label,
                breakdown: Object.entries(row.dims)
                  .map(([k, v]) => `${k}=${v}`)
                  .join('; '),
                year: cell.year,
                value: cell.value,
                unit: row.unit,
                status: cell.fact.status,
                provenance: cell.fact.provenance.kind,
                source: footnoteText(footnoteBody(cell.fact)),
                fact: cell.fact,
              },
            ]
          : [],
      ),
    ),
  );
}
