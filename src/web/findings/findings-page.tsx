import { useId } from 'react';
import { SEVERITIES } from '../../core/index.js';
import { useApi } from '../app/api-context.js';
import { FactSourceDialog } from '../facts/index.js';
import { navigate, pageHref } from '../routing/index.js';
import { AsyncView, ErrorMessage, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { FindingCard } from './finding-card.js';
import { useOpenFact } from './use-open-fact.js';
import './findings.css';

/** What the checks found in the period's facts, most serious first; each names the facts involved. */
export function FindingsPage() {
  const api = useApi();
  const ws = useWorkspace();
  const severityId = useId();
  const severity = SEVERITIES.find((s) => s === ws.params.severity);
  const { resource } = useResource(async () => {
    const [result, facts] = await Promise.all([
      api.checks.run(ws.org.id, ws.period.id),
      api.facts.all(ws.org.id, { periodId: ws.period.id }),
    ]);
    return { result, facts: new Map(facts.map((f) => [f.id, f])) };
  }, `${ws.org.id}/${ws.period.id}`);
  const opened = useOpenFact(ws.org.id);
  return (
    <AsyncView resource={resource} what="the checks">
      {({ result, facts }) => {
        const findings = result.findings.filter((f) => severity === undefined || f.severity === severity);
        return (
          <div className="stack">
            <p>
              {result.summary.errors} errors, {result.summary.warnings} warnings, {result.summary.info} notes.
            </p>
            <div className="field">
              <label htmlFor={severityId}>Severity</label>
              <select
                id={severityId}
                value={severity ?? ''}
                onChange={(e) => {
                  navigate(pageHref(ws.org.id, ws.period.id, 'findings', { severity: e.target.value }), {
                    replace: true,
                  });
                }}
              >
                <option value="">Every severity</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            {opened.error !== null && <ErrorMessage error={opened.error} />}
            {findings.length === 0 ? (
              <p className="muted">No findings{severity === undefined ? '' : ` of severity ${severity}`}.</p>
            ) : (
              <ul className="findings">
                {findings.map((f, i) => (
                  <FindingCard
                    key={`${f.rule}-${String(i)}`}
                    finding={f}
                    facts={facts}
                    onOpenFact={(id) => {
                      const known = facts.get(id);
                      if (known === undefined) opened.open(id);
                      else opened.show(known);
                    }}
                  />
                ))}
              </ul>
            )}
            {opened.fact !== null && <FactSourceDialog fact={opened.fact} onClose={opened.close} />}
          </div>
        );
      }}
    </AsyncView>
  );
}
