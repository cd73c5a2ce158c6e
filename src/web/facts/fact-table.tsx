import { metricLabel } from '../catalogue/index.js';
import type { FactJson, SiteJson } from '../client/index.js';
import { formatShort } from '../ui/index.js';
import { dimsText } from './dims-text.js';
import { PROVENANCE_LABELS } from './provenance-view.js';
import { StatusBadge } from './status-badge.js';

/** Props of {@link FactTable}. */
export interface FactTableProps {
  readonly facts: readonly FactJson[];
  readonly sites: readonly SiteJson[];
  /** Called when a value is clicked: show where it comes from. */
  readonly onOpen: (fact: FactJson) => void;
}

/** Facts as a table; each value is a button that opens its source or calculation. */
export function FactTable({ facts, sites, onOpen }: FactTableProps) {
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  return (
    <div className="table-wrap">
      <table className="fact-table">
        <caption className="visually-hidden">Facts; choose a value to see its source</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Site</th>
            <th scope="col">Breakdown</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f.id}>
              <td>{metricLabel(f.metric)}</td>
              <td>{(f.siteId === null ? undefined : siteName.get(f.siteId)) ?? f.dims.site ?? '—'}</td>
              <td>{dimsText(f.dims, ['site']) || '—'}</td>
              <td className="num">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    onOpen(f);
                  }}
                >
                  {formatShort(f.value)} {f.unit}
                  <span className="visually-hidden">: show source</span>
                </button>
              </td>
              <td>
                <StatusBadge status={f.status} />
              </td>
              <td>{PROVENANCE_LABELS[f.provenance.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
