import { useApi } from '../app/api-context.js';
import { navigate, pageHref } from '../routing/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { FrameworkSelect, useCanWrite, useFramework } from './framework-select.js';
import { disclosureApi, type NarrativeJson } from './narrative.api.js';
import { NarrativeEditor } from './narrative-editor.js';
import './narrative.css';

/** Narrative: pick an aspect, write its policy text with the framework's requirement beside it. */
export function NarrativePage() {
  const api = useApi();
  const ws = useWorkspace();
  const framework = useFramework();
  const canWrite = useCanWrite();
  const client = disclosureApi(api, ws.org.id, ws.period.id, framework);
  const { resource, reload } = useResource(client.narratives, `${ws.org.id}/${ws.period.id}/${framework}`);
  return (
    <div className="stack">
      <FrameworkSelect page="narrative" />
      <AsyncView resource={resource} what="narratives">
        {(slots: NarrativeJson[]) => {
          const current = slots.find((s) => s.code === ws.params.code) ?? slots[0];
          return (
            <div className="narrative-layout">
              <nav aria-label="Aspects and disclosures" className="card slot-list">
                <ul>
                  {slots.map((s) => (
                    <li key={s.code}>
                      <a
                        href={pageHref(ws.org.id, ws.period.id, 'narrative', { ...ws.params, code: s.code })}
                        aria-current={s.code === current?.code ? 'true' : undefined}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate(
                            pageHref(ws.org.id, ws.period.id, 'narrative', { ...ws.params, code: s.code }),
                            {
                              replace: true,
                            },
                          );
                        }}
                      >
                        {s.code} {s.title}
                        {s.text !== null && <span className="badge"> written</span>}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              {current ? (
                <NarrativeEditor
                  key={`${framework}/${current.code}`}
                  slot={current}
                  disabled={!canWrite}
                  save={async (text) => {
                    const n = await client.putNarrative(current.code, text);
                    await reload();
                    return n;
                  }}
                />
              ) : (
                <p className="muted">This framework has no narrative disclosures.</p>
              )}
            </div>
          );
        }}
      </AsyncView>
    </div>
  );
}
