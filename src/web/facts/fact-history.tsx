import { useApi } from '../app/api-context.js';
import { AsyncView, formatShort, useResource } from '../ui/index.js';
import { PROVENANCE_LABELS } from './provenance-view.js';
import { StatusBadge } from './status-badge.js';

/** Every version of a fact, oldest first: value, status, source kind, when and why. */
export function FactHistory({ orgId, factId }: { readonly orgId: string; readonly factId: string }) {
  const api = useApi();
  const { resource } = useResource(() => api.facts.history(orgId, factId), `${orgId}/${factId}`);
  return (
    <AsyncView resource={resource} what="the history">
      {({ items }) => (
        <div className="table-wrap">
          <table>
            <caption>History ({items.length} versions)</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
                <th scope="col">When</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td className="num">
                    {formatShort(v.value)} {v.unit}
                  </td>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>{PROVENANCE_LABELS[v.provenance.kind]}</td>
                  <td>
                    <time dateTime={v.at}>{new Date(v.at).toLocaleString()}</time>
                  </td>
                  <td>{v.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AsyncView>
  );
}
