import { FRAMEWORK_IDS, getFramework, type FrameworkId } from '../../core/index.js';
import { useApi } from '../app/api-context.js';
import { COVERAGE_STATUSES, type CoverageStatus } from '../client/index.js';
import { navigate, pageHref } from '../routing/index.js';
import { AsyncView, useResource } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { COVERAGE_LABELS, coverageCounts } from './coverage-counts.js';
import { CoverageGrid } from './coverage-grid.js';
import { CoverageItems } from './coverage-items.js';
import './coverage.css';

/** How the period's facts cover each framework (HKEX ESG Guide, HKEX climate, GRI), and which disclosures. */
export function CoveragePage() {
  const api = useApi();
  const ws = useWorkspace();
  const { resource } = useResource(async () => {
    const results = await Promise.all(FRAMEWORK_IDS.map((id) => api.checks.run(ws.org.id, ws.period.id, id)));
    return FRAMEWORK_IDS.map((id, i) => ({
      id,
      name: getFramework(id).name,
      items: results[i]?.coverage ?? [],
    }));
  }, `${ws.org.id}/${ws.period.id}`);
  const framework: FrameworkId = FRAMEWORK_IDS.find((f) => f === ws.params.framework) ?? FRAMEWORK_IDS[0];
  const status: CoverageStatus = COVERAGE_STATUSES.find((s) => s === ws.params.status) ?? 'missing';
  return (
    <AsyncView resource={resource} what="coverage">
      {(rows) => {
        const row = rows.find((r) => r.id === framework);
        const items = (row?.items ?? []).filter((i) => i.status === status);
        return (
          <div className="stack">
            <CoverageGrid
              rows={rows.map((r) => ({ id: r.id, name: r.name, counts: coverageCounts(r.items) }))}
              selected={{ framework, status }}
              onSelect={(f, s) => {
                navigate(pageHref(ws.org.id, ws.period.id, 'coverage', { framework: f, status: s }), {
                  replace: true,
                });
              }}
            />
            <CoverageItems
              title={`${row?.name ?? framework}: ${COVERAGE_LABELS[status].toLowerCase()}`}
              items={items}
            />
          </div>
        );
      }}
    </AsyncView>
  );
}
