import { PAGES, PAGE_LABELS, pageHref } from '../routing/index.js';
import { useWorkspace } from '../workspace/index.js';

/** The pages of the workspace as real links; the current one is marked with aria-current. */
export function PageNav() {
  const ws = useWorkspace();
  return (
    <nav className="page-nav" aria-label="Pages">
      <ul>
        {PAGES.map((page) => (
          <li key={page}>
            <a
              href={pageHref(ws.org.id, ws.period.id, page)}
              aria-current={page === ws.page ? 'page' : undefined}
            >
              {PAGE_LABELS[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
