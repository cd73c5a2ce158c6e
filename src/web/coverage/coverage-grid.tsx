import { COVERAGE_STATUSES, type CoverageStatus } from '../client/index.js';
import type { CoverageCounts } from './coverage-counts.js';
import { COVERAGE_LABELS } from './coverage-counts.js';

/** One framework's row of the grid. */
export interface CoverageRow {
  readonly id: string;
  readonly name: string;
  readonly counts: CoverageCounts;
}

/** Props of {@link CoverageGrid}. */
export interface CoverageGridProps {
  readonly rows: readonly CoverageRow[];
  readonly selected: { readonly framework: string; readonly status: string };
  readonly onSelect: (framework: string, status: CoverageStatus) => void;
}

/** Frameworks down, coverage statuses across; each count is a button that lists its disclosures. */
export function CoverageGrid({ rows, selected, onSelect }: CoverageGridProps) {
  return (
    <div className="table-wrap">
      <table className="coverage-grid">
        <caption>Disclosures by framework and status; choose a count to list them</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            {COVERAGE_STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                {COVERAGE_LABELS[s]}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {COVERAGE_STATUSES.map((s) => {
                const current = selected.framework === row.id && selected.status === s;
                return (
                  <td key={s} className={`num cell-${s}`}>
                    <button
                      type="button"
                      className="count"
                      aria-pressed={current}
                      onClick={() => {
                        onSelect(row.id, s);
                      }}
                    >
                      {row.counts[s]}
                      <span className="visually-hidden">
                        {' '}
                        {COVERAGE_LABELS[s].toLowerCase()} in {row.name}
                      </span>
                    </button>
                  </td>
                );
              })}
              <td className="num">{row.counts.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
