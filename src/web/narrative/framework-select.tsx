import { useId } from 'react';
import { FRAMEWORK_IDS, getFramework, type FrameworkId } from '../../core/index.js';
import { navigate, pageHref, type PageId } from '../routing/index.js';
import { useWorkspace } from '../workspace/index.js';

/** The framework a page works on: `?framework=` in the URL, HKEX's current ESG Code by default. */
export function useFramework(): FrameworkId {
  const ws = useWorkspace();
  return FRAMEWORK_IDS.find((f) => f === ws.params.framework) ?? 'hkex-c2';
}

/** A labelled framework picker that keeps the choice in the URL. */
export function FrameworkSelect({ page }: { readonly page: PageId }) {
  const ws = useWorkspace();
  const id = useId();
  const framework = useFramework();
  return (
    <div className="field framework-select">
      <label htmlFor={id}>Framework</label>
      <select
        id={id}
        value={framework}
        onChange={(e) => {
          navigate(pageHref(ws.org.id, ws.period.id, page, { ...ws.params, framework: e.target.value }), {
            replace: true,
          });
        }}
      >
        {FRAMEWORK_IDS.map((f) => (
          <option key={f} value={f}>
            {getFramework(f).name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Whether the signed-in member may write the period's texts: owners and contributors, open periods. */
export function useCanWrite(): boolean {
  const ws = useWorkspace();
  return (ws.org.role === 'owner' || ws.org.role === 'contributor') && ws.period.status === 'open';
}
