import { useId, useState } from 'react';
import { metricLabel } from '../catalogue/index.js';
import type { FactJson } from '../client/index.js';
import { Dialog, formatShort } from '../ui/index.js';

/** Props of {@link RejectDialog}. */
export interface RejectDialogProps {
  readonly fact: FactJson;
  readonly onReject: (comment: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Asks why a figure is rejected (a comment is required) and sends the rejection. */
export function RejectDialog({ fact, onReject, onClose }: RejectDialogProps) {
  const commentId = useId();
  const errorId = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();

  async function submit(): Promise<void> {
    if (comment.trim() === '') {
      setError('Say why the figure is rejected, so the person who entered it can correct it.');
      return;
    }
    setBusy(true);
    try {
      await onReject(comment.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Reject ${metricLabel(fact.metric)}`}
      onClose={onClose}
      actions={
        <button type="submit" form={formId} className="danger" disabled={busy}>
          Reject
        </button>
      }
    >
      <p>
        {formatShort(fact.value)} {fact.unit}
        {fact.dims.site === undefined ? '' : ` at ${fact.dims.site}`}, {fact.year}
      </p>
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={commentId}>Why is it rejected?</label>
          <textarea
            id={commentId}
            rows={4}
            aria-required="true"
            value={comment}
            aria-invalid={error === null ? undefined : true}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(e) => {
              setComment(e.target.value);
            }}
          />
          {error !== null && (
            <span id={errorId} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      </form>
    </Dialog>
  );
}
