import { metricLabel } from '../catalogue/index.js';
import type { FactJson, SiteJson } from '../client/index.js';
import { StatusBadge } from '../facts/index.js';
import { formatShort } from '../ui/index.js';
import { siteFigure } from './entry-metrics.js';

/** Props of {@link CurrentFigures}. */
export interface CurrentFiguresProps {
  readonly site: SiteJson;
  readonly year: number;
  readonly metrics: readonly string[];
  readonly facts: readonly FactJson[];
}

/** The site's figures without inputs, for a locked period or a role that may not enter data. */
export function CurrentFigures({ site, year, metrics, facts }: CurrentFiguresProps) {
  return (
    <div className="table-wrap">
      <table className="entry-grid">
        <caption>
          {site.name}, {year}
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="num">
              Current
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => {
            const fact = siteFigure(facts, metric, site.name);
            return (
              <tr key={metric}>
                <th scope="row">{metricLabel(metric)}</th>
                <td className="num">
                  {fact === undefined ? (
                    <span className="muted">none</span>
                  ) : (
                    <>
                      {formatShort(fact.value)} {fact.unit} <StatusBadge status={fact.status} />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
