import { useId } from 'react';
import { navigate, pageHref, routeHref } from '../routing/index.js';
import { useMe } from '../session/index.js';
import { useWorkspace } from '../workspace/index.js';

/** Two labelled selects: the organisation (of the caller's memberships) and its reporting year. */
export function OrgPeriodPicker() {
  const me = useMe();
  const ws = useWorkspace();
  const orgId = useId();
  const periodId = useId();
  return (
    <div className="pickers">
      <div className="picker">
        <label htmlFor={orgId}>Organisation</label>
        <select
          id={orgId}
          value={ws.org.id}
          onChange={(e) => {
            navigate(routeHref({ kind: 'organisation', orgId: e.target.value }));
          }}
        >
          {me.organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="picker">
        <label htmlFor={periodId}>Reporting year</label>
        <select
          id={periodId}
          value={ws.period.id}
          onChange={(e) => {
            navigate(pageHref(ws.org.id, e.target.value, ws.page, ws.params));
          }}
        >
          {ws.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.year}
              {p.status === 'locked' ? ' (locked)' : ''}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
