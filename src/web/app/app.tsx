import { routeHref, useRoute, type Route } from '../routing/index.js';
import { SignInPage, useSession } from '../session/index.js';
import type { MeJson } from '../client/index.js';
import { Shell } from '../layout/index.js';
import { WorkspaceLoader } from '../workspace/index.js';
import { PageView } from './page-view.js';
import { HomeRedirect, OrganisationRedirect } from './redirects.js';

/** The whole UI: sign-in until someone is signed in, then the page the URL names. */
export function App() {
  const { state } = useSession();
  const route = useRoute();
  if (state.kind === 'checking') {
    return (
      <p className="muted boot" role="status">
        Loading esgkit…
      </p>
    );
  }
  if (state.kind === 'signedOut') return <SignInPage notice={state.notice} />;
  return <SignedIn me={state.me} route={route} />;
}

function SignedIn({ me, route }: { readonly me: MeJson; readonly route: Route }) {
  switch (route.kind) {
    case 'home':
    case 'signIn':
      return <HomeRedirect organisations={me.organisations} />;
    case 'organisation':
    case 'page': {
      const org = me.organisations.find((o) => o.id === route.orgId);
      if (org === undefined) return <NotFound what="This organisation does not exist or is not yours." />;
      if (route.kind === 'organisation') return <OrganisationRedirect org={org} />;
      return (
        <WorkspaceLoader org={org} periodId={route.periodId} page={route.page} params={route.params}>
          <Shell>
            <PageView key={`${org.id}/${route.periodId}`} page={route.page} />
          </Shell>
        </WorkspaceLoader>
      );
    }
    case 'notFound':
      return <NotFound what={`There is no page at ${route.path}.`} />;
  }
}

function NotFound({ what }: { readonly what: string }) {
  return (
    <main id="main" className="page">
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        <a href={routeHref({ kind: 'home' })}>Go to your organisations</a>
      </p>
    </main>
  );
}
