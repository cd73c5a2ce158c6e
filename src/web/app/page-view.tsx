import type { ComponentType } from 'react';
import { DashboardPage } from '../dashboard/index.js';
import { EntryPage } from '../entry/index.js';
import { FactsPage } from '../facts/index.js';
import type { PageId } from '../routing/index.js';

function Placeholder() {
  return <p className="muted">This page is being built.</p>;
}

/** The component of each workspace page. */
const PAGE_COMPONENTS: Readonly<Record<PageId, ComponentType>> = {
  dashboard: DashboardPage,
  entry: EntryPage,
  imports: Placeholder,
  facts: FactsPage,
  coverage: Placeholder,
  findings: Placeholder,
  review: Placeholder,
  audit: Placeholder,
};

/** Renders the page the route names. */
export function PageView({ page }: { readonly page: PageId }) {
  const Page = PAGE_COMPONENTS[page];
  return <Page />;
}
