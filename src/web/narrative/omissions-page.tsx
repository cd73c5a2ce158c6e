import { useId, useState } from 'react';
import { useApi } from '../app/api-context.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { FrameworkSelect, useCanWrite, useFramework } from './framework-select.js';
import { disclosureApi } from './narrative.api.js';
import { OmissionRow } from './omission-row.js';
import './narrative.css';

/**
 * The content index as the report would print it, with a reason for each disclosure not reported:
 * HKEX's comply-or-explain and GRI 1 Requirement 6 need one for every omission.
 */
export function OmissionsPage() {
  const api = useApi();
  const ws = useWorkspace();
  const framework = useFramework();
  const canWrite = useCanWrite();
  const client = disclosureApi(api, ws.org.id, ws.period.id, framework);
  const { resource, reload } = useResource(client.contentIndex, `${ws.org.id}/${ws.period.id}/${framework}`);
  const filterId = useId();
  const [unreportedOnly, setUnreportedOnly] = useState(false);
  return (
    <div className="stack">
      <FrameworkSelect page="omissions" />
      <AsyncView resource={resource} what="the content index">
        {(index) => (
          <>
            <p className="row report-downloads">
              {(['html', 'xlsx'] as const).map((format) => (
                <a
                  key={format}
                  className="button"
                  href={api.http.url(
                    `/orgs/${encodeURIComponent(ws.org.id)}/periods/${encodeURIComponent(ws.period.id)}/report`,
                    { framework, format },
                  )}
                  download
                >
                  Download the report ({format.toUpperCase()})
                </a>
              ))}
            </p>
            <p role="status" className={index.missing > 0 ? 'error' : 'ok'}>
              {index.missing === 0
                ? 'Every disclosure is reported or explained.'
                : `${index.missing} disclosures have neither figures, text nor an explanation.`}
            </p>
            <p className="row">
              <input
                id={filterId}
                type="checkbox"
                checked={unreportedOnly}
                onChange={(e) => {
                  setUnreportedOnly(e.target.checked);
                }}
              />
              <label htmlFor={filterId}>Show only disclosures that are not reported</label>
            </p>
            <div className="table-wrap">
              <table className="omissions">
                <caption>Content index and omission explanations</caption>
                <thead>
                  <tr>
                    <th scope="col">Code</th>
                    <th scope="col">Disclosure</th>
                    <th scope="col">Status</th>
                    <th scope="col">Explanation</th>
                  </tr>
                </thead>
                <tbody>
                  {index.items
                    .filter(
                      (line) => !unreportedOnly || (line.status !== 'reported' && line.status !== 'heading'),
                    )
                    .map((line) => (
                      <OmissionRow
                        key={`${framework}/${line.code}/${line.explanation?.updatedAt ?? ''}`}
                        line={line}
                        disabled={!canWrite}
                        save={async (kind, reason) => {
                          await client.putExplanation(line.code, kind, reason);
                          await reload();
                        }}
                        remove={async () => {
                          await client.deleteExplanation(line.code);
                          await reload();
                        }}
                      />
                    ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </AsyncView>
    </div>
  );
}
