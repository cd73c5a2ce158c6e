import type { ComponentType } from 'react';
import { AuditPage } from '../audit/index.js';
import { CoveragePage } from '../coverage/index.js';
import { DashboardPage } from '../dashboard/index.js';
import { EntryPage } from '../entry/index.js';
import { FactsPage } from '../facts/index.js';
import { FindingsPage } from '../findings/index.js';
import { ImportsPage } from '../imports/index.js';
import { MaterialityPage } from '../materiality/index.js';
import { NarrativePage, OmissionsPage } from '../narrative/index.js';
import { ReviewPage } from '../review/index.js';
import type { PageId } from '../routing/index.js';

/** The component of each workspace page. */
const PAGE_COMPONENTS: Readonly<Record<PageId, ComponentType>> = {
  dashboard: DashboardPage,
  entry: EntryPage,
  imports: ImportsPage,
  facts: FactsPage,
  coverage: CoveragePage,
  findings: FindingsPage,
  materiality: MaterialityPage,
  narrative: NarrativePage,
  omissions: OmissionsPage,
  review: ReviewPage,
  audit: AuditPage,
};

/** Renders the page the route names. */
export function PageView({ page }: { readonly page: PageId }) {
  const Page = PAGE_COMPONENTS[page];
  return <Page />;
}
