import { metricLabel } from '../catalogue/index.js';
import type { FactJson, FindingJson } from '../client/index.js';
import { dimsText } from '../facts/index.js';
import { formatShort } from '../ui/index.js';

/** Props of {@link FindingCard}. */
export interface FindingCardProps {
  readonly finding: FindingJson;
  /** The period's facts by id, to name the facts involved. */
  readonly facts: ReadonlyMap<string, FactJson>;
  /** Opens the source of one of the facts the finding is about. */
  readonly onOpenFact: (factId: string) => void;
}

/** One finding: severity, rule, the message, expected against found, and the facts involved. */
export function FindingCard({ finding, facts, onOpenFact }: FindingCardProps) {
  return (
    <li className={`card finding finding-${finding.severity}`}>
      <p className="finding-head">
        <span className={`badge ${finding.severity}`}>{finding.severity}</span> <code>{finding.rule}</code>
      </p>
      <p>{finding.message}</p>
      {(finding.expected !== null || finding.actual !== null) && (
        <p className="muted">
          {finding.expected !== null && <>Expected {formatShort(finding.expected)}</>}
          {finding.expected !== null && finding.actual !== null && ', '}
          {finding.actual !== null && <>found {formatShort(finding.actual)}</>}
        </p>
      )}
      {finding.factIds.length > 0 && (
        <div className="row finding-facts">
          <span className="muted">Facts:</span>
          {finding.factIds.map((id, i) => {
            const fact = facts.get(id);
            return (
              <button
                key={id}
                type="button"
                title={fact === undefined ? undefined : dimsText(fact.dims)}
                onClick={() => {
                  onOpenFact(id);
                }}
              >
                {fact === undefined ? `Fact ${String(i + 1)}` : `${formatShort(fact.value)} ${fact.unit}`}
                <span className="visually-hidden">
                  {fact === undefined ? '' : ` ${metricLabel(fact.metric)} ${dimsText(fact.dims)}`}: show
                  source
                </span>
              </button>
            );
          })}
        </div>
      )}
    </li>
  );
}
