import { metricLabel } from '../catalogue/index.js';
import type { ConflictJson, FactJson } from '../client/index.js';
import { dimsText, locationText, PROVENANCE_LABELS } from '../facts/index.js';
import { formatDecimal } from '../ui/index.js';

/** Props of {@link ConflictCard}. */
export interface ConflictCardProps {
  readonly conflict: ConflictJson;
  /** The verified fact as it stands, when loaded. */
  readonly verified: FactJson | undefined;
  readonly canResolve: boolean;
  readonly onResolve: (resolution: 'accept' | 'dismiss') => void;
}

function whereFrom(fact: Pick<FactJson, 'provenance'>): string {
  const p = fact.provenance;
  if (p.kind === 'document') return `${p.document}, ${locationText(p.location)}`;
  return PROVENANCE_LABELS[p.kind].toLowerCase();
}

/**
 * A verified figure beside the value a later import proposed, every digit shown (a report that
 * rounds to two places conflicts with a calculation that does not), and the two ways to settle it.
 */
export function ConflictCard({ conflict, verified, canResolve, onResolve }: ConflictCardProps) {
  const what = `${metricLabel(conflict.proposed.metric)} ${dimsText(conflict.proposed.dims)}`.trim();
  return (
    <li className="card conflict">
      <h3>{what}</h3>
      <dl className="facts-list">
        <dt>Verified</dt>
        <dd>
          {verified === undefined
            ? `version ${String(conflict.verifiedVersion)}`
            : `${formatDecimal(verified.value)} ${verified.unit} (${whereFrom(verified)})`}
        </dd>
        <dt>Proposed</dt>
        <dd>
          {formatDecimal(conflict.proposed.value)} {conflict.proposed.unit} ({whereFrom(conflict.proposed)})
        </dd>
        <dt>By</dt>
        <dd>{conflict.reason}</dd>
      </dl>
      {canResolve && (
        <div className="row">
          <button
            type="button"
            onClick={() => {
              onResolve('accept');
            }}
          >
            Accept the proposed value<span className="visually-hidden"> for {what}</span>
          </button>
          <button
            type="button"
            onClick={() => {
              onResolve('dismiss');
            }}
          >
            Keep the verified value<span className="visually-hidden"> for {what}</span>
          </button>
        </div>
      )}
    </li>
  );
}
