import { useEffect, useState } from 'react';
import { useApi } from '../app/api-context.js';
import type { AuditEntryJson, MemberJson } from '../client/index.js';
import { ErrorMessage } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { AuditTable } from './audit-table.js';
import './audit.css';

/** The organisation's audit log, newest first, 50 entries at a time. */
export function AuditPage() {
  const api = useApi();
  const ws = useWorkspace();
  const [entries, setEntries] = useState<readonly AuditEntryJson[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [members, setMembers] = useState<ReadonlyMap<string, MemberJson>>(new Map());
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);

  function load(from: string | undefined): void {
    setLoading(true);
    api.audit.page(ws.org.id, from).then(
      (page) => {
        setEntries((old) => (from === undefined ? page.items : [...old, ...page.items]));
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e: unknown) => {
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
  }

  useEffect(() => {
    load(undefined);
    // Names make the log readable; without them (a role that may not list members) ids are shown.
    api.audit.members(ws.org.id).then(
      (list) => {
        setMembers(new Map(list.items.map((m) => [m.userId, m])));
      },
      () => undefined,
    );
    // Reload only when the organisation changes; `load` and `api` are stable for it.
  }, [ws.org.id]);

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} />}
      <p className="muted" role="status">
        {loading
          ? 'Loading the log…'
          : `${String(entries.length)} entries${cursor === null ? '' : ' so far'}`}
      </p>
      {entries.length > 0 && (
        <AuditTable
          entries={entries}
          members={members}
          years={new Map(ws.periods.map((p) => [p.id, p.year]))}
        />
      )}
      {typeof cursor === 'string' && (
        <button
          type="button"
          disabled={loading}
          onClick={() => {
            load(cursor);
          }}
        >
          Load older entries
        </button>
      )}
    </div>
  );
}
