import type { ComponentType } from 'react';
import type { PageId } from '../routing/index.js';

function Placeholder() {
  return <p className="muted">This page is being built.</p>;
}

/** The component of each workspace page. */
const PAGE_COMPONENTS: Readonly<Record<PageId, ComponentType>> = {
  dashboard: Placeholder,
  entry: Placeholder,
  imports: Placeholder,
  facts: Placeholder,
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
