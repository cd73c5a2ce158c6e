import { useState, type ReactNode } from 'react';
import { PAGE_LABELS } from '../routing/index.js';
import { useMe, useSession } from '../session/index.js';
import { useWorkspace } from '../workspace/index.js';
import { OrgPeriodPicker } from './org-period-picker.js';
import { PageNav } from './page-nav.js';
import './shell.css';

/** The frame of every workspace page: skip link, header with pickers and the user, navigation, main. */
export function Shell({ children }: { readonly children: ReactNode }) {
  const me = useMe();
  const ws = useWorkspace();
  const { signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="top-bar">
        <span className="brand" aria-hidden="true">
          esgkit
        </span>
        <OrgPeriodPicker />
        <div className="user">
          <span className="user-name">{me.user.name}</span>
          <span className="role">{ws.org.role}</span>
          <button
            type="button"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut().finally(() => {
                setSigningOut(false);
              });
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <PageNav />
      <main id="main" tabIndex={-1} className="page">
        <div className="page-head">
          <h1>{PAGE_LABELS[ws.page]}</h1>
          <p className="muted">
            {ws.org.name} · {ws.period.year}
            {ws.period.status === 'locked' ? ' · locked: no edits' : ''}
          </p>
        </div>
        {children}
      </main>
    </div>
  );
}
