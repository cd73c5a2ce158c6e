import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

function currentHash(): string {
  return window.location.hash;
}

/** The hash on the server render (tests): the home route. */
function serverHash(): string {
  return '';
}

/** The current route, re-rendering when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, serverHash);
  return parseRoute(hash);
}

/** Goes to a hash; `replace` keeps the current entry out of the history (redirects). */
export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) {
    window.location.replace(href);
  } else {
    window.location.hash = href.replace(/^#/, '');
  }
}
