import { metricLabel } from '../catalogue/index.js';
import type { FactJson } from '../client/index.js';
import { dimsText, PROVENANCE_LABELS } from '../facts/index.js';
import { formatShort } from '../ui/index.js';

/** Props of {@link ReviewTable}. */
export interface ReviewTableProps {
  readonly facts: readonly FactJson[];
  /** Whether the caller's role may approve and reject. */
  readonly canReview: boolean;
  readonly busyId: string | null;
  readonly onOpen: (fact: FactJson) => void;
  readonly onApprove: (fact: FactJson) => void;
  readonly onReject: (fact: FactJson) => void;
}

/** Figures awaiting review: what, where, the value (opens its source), where from, and the decisions. */
export function ReviewTable({ facts, canReview, busyId, onOpen, onApprove, onReject }: ReviewTableProps) {
  return (
    <div className="table-wrap">
      <table className="review-table">
        <caption className="visually-hidden">Figures awaiting review</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Site and breakdown</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Source</th>
            {canReview && <th scope="col">Decision</th>}
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => {
            const what = metricLabel(f.metric);
            return (
              <tr key={f.id}>
                <td>{what}</td>
                <td>{dimsText(f.dims) || '—'}</td>
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
                <td>{PROVENANCE_LABELS[f.provenance.kind]}</td>
                {canReview && (
                  <td className="decision">
                    <button
                      type="button"
                      disabled={busyId === f.id}
                      onClick={() => {
                        onApprove(f);
                      }}
                    >
                      Approve<span className="visually-hidden"> {what}</span>
                    </button>
                    <button
                      type="button"
                      className="danger"
                      disabled={busyId === f.id}
                      onClick={() => {
                        onReject(f);
                      }}
                    >
                      Reject<span className="visually-hidden"> {what}</span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
