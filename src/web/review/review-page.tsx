import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../app/api-context.js';
import { metricLabel } from '../catalogue/index.js';
import type { FactJson } from '../client/index.js';
import { FactSourceDialog, useFactPages } from '../facts/index.js';
import { navigate, pageHref } from '../routing/index.js';
import { ErrorMessage } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { ConflictsSection } from './conflicts-section.js';
import { RejectDialog } from './reject-dialog.js';
import { ReviewTable } from './review-table.js';
import './review.css';

/** Statuses a reviewer works through: figures people submitted, and imported ones not yet checked. */
const QUEUES = { submitted: 'Submitted by people', unverified: 'Imported, not yet checked' } as const;
type Queue = keyof typeof QUEUES;

/** The review queue: approve or reject (with a comment) the period's figures, and settle conflicts. */
export function ReviewPage() {
  const api = useApi();
  const ws = useWorkspace();
  const queueId = useId();
  const queue: Queue = ws.params.queue === 'unverified' ? 'unverified' : 'submitted';
  const pages = useFactPages(ws.org.id, { periodId: ws.period.id, status: queue });
  const canReview = ws.org.role === 'owner' || ws.org.role === 'reviewer';
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [source, setSource] = useState<FactJson | null>(null);
  const [rejecting, setRejecting] = useState<FactJson | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  function decided(text: string, error: boolean): void {
    setMessage({ text, error });
    setBusyId(null);
    pages.reload();
  }

  // The decided row leaves the table; the focus goes to the message saying what happened.
  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  function approve(fact: FactJson): void {
    setBusyId(fact.id);
    api.facts.review(ws.org.id, fact.id, 'approve', '').then(
      () => {
        decided(`Approved ${metricLabel(fact.metric)} (${fact.value} ${fact.unit}).`, false);
      },
      (e: unknown) => {
        decided(e instanceof Error ? e.message : String(e), true);
      },
    );
  }

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={queueId}>Show</label>
        <select
          id={queueId}
          value={queue}
          onChange={(e) => {
            navigate(pageHref(ws.org.id, ws.period.id, 'review', { queue: e.target.value }), {
              replace: true,
            });
          }}
        >
          {Object.entries(QUEUES).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {!canReview && (
        <p className="notice">Your role ({ws.org.role}) can see the queue but not decide on it.</p>
      )}
      <div ref={messageRef} tabIndex={-1} role="status" className="review-message">
        {message !== null && <p className={message.error ? 'error' : 'notice'}>{message.text}</p>}
      </div>
      {pages.error !== null && <ErrorMessage error={pages.error} />}
      {pages.state !== 'loading' && pages.items.length === 0 && (
        <p className="muted">Nothing is waiting here.</p>
      )}
      {pages.items.length > 0 && (
        <ReviewTable
          facts={pages.items}
          canReview={canReview && ws.period.status === 'open'}
          busyId={busyId}
          onOpen={setSource}
          onApprove={approve}
          onReject={setRejecting}
        />
      )}
      {pages.hasMore && (
        <button type="button" onClick={pages.loadMore}>
          Load more
        </button>
      )}
      <ConflictsSection canResolve={canReview} />
      {source !== null && (
        <FactSourceDialog
          fact={source}
          onClose={() => {
            setSource(null);
          }}
        />
      )}
      {rejecting !== null && (
        <RejectDialog
          fact={rejecting}
          onClose={() => {
            setRejecting(null);
          }}
          onReject={async (comment) => {
            await api.facts.review(ws.org.id, rejecting.id, 'reject', comment);
            setRejecting(null);
            decided(`Rejected ${metricLabel(rejecting.metric)}: ${comment}`, false);
          }}
        />
      )}
    </div>
  );
}
