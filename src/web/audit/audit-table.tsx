import type { AuditEntryJson, MemberJson } from '../client/index.js';
import { actionText, actorText, detailPairs } from './audit-text.js';

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  readonly entries: readonly AuditEntryJson[];
  readonly members: ReadonlyMap<string, MemberJson>;
  /** Period ids to years, so a detail names "2025" rather than an id. */
  readonly years: ReadonlyMap<string, number>;
}

/** Audit entries: when, who, what, the record and the detail. */
export function AuditTable({ entries, members, years }: AuditTableProps) {
  return (
    <div className="table-wrap">
      <table className="audit-table">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
              </td>
              <td>{actorText(e.actor, members)}</td>
              <td>
                {actionText(e.action)}
                <div className="muted small">
                  <code>{e.action}</code>
                  {e.target === null ? '' : ` · ${e.target}`}
                </div>
              </td>
              <td>
                <dl className="detail">
                  {detailPairs(e).map(([k, v]) => (
                    <div key={k}>
                      <dt>{k === 'periodId' ? 'period' : k}</dt>
                      <dd>{k === 'periodId' ? String(years.get(v) ?? v) : v}</dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
