import { AsyncView } from '../ui/index.js';
import { useWorkspace } from '../workspace/index.js';
import { DashboardCharts } from './dashboard-charts.js';
import { headlineValue } from './headline.js';
import { KpiCard } from './kpi-card.js';
import { KPIS } from './kpis.js';
import { useDashboardFacts } from './use-dashboard-facts.js';
import './dashboard.css';

/** KPI cards with year-on-year change, and charts, for the organisation's period. */
export function DashboardPage() {
  const ws = useWorkspace();
  const { resource } = useDashboardFacts(ws.org.id);
  const year = ws.period.year;
  return (
    <AsyncView resource={resource} what="the dashboard">
      {(facts) => (
        <div className="stack">
          <div className="cards">
            {KPIS.map((kpi) => (
              <KpiCard
                key={kpi.id}
                kpi={kpi}
                year={year}
                current={headlineValue(facts, kpi, year)}
                previous={headlineValue(facts, kpi, year - 1)}
                orgId={ws.org.id}
                periodId={ws.period.id}
              />
            ))}
          </div>
          <DashboardCharts facts={facts} year={year} />
        </div>
      )}
    </AsyncView>
  );
}
