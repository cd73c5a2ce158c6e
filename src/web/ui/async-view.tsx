import type { ReactNode } from 'react';
import { ApiError } from '../client/index.js';
import type { Resource } from './use-resource.js';

/** Props of {@link AsyncView}. */
export interface AsyncViewProps<T> {
  readonly resource: Resource<T>;
  /** What is loading, for the status line ("facts"). */
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}

/** Renders a resource: a polite loading line, the API's error message, or the children. */
export function AsyncView<T>({ resource, what, children }: AsyncViewProps<T>) {
  if (resource.state === 'loading') {
    return (
      <p className="muted" role="status">
        Loading {what}…
      </p>
    );
  }
  if (resource.state === 'error') return <ErrorMessage error={resource.error} />;
  return <>{children(resource.data)}</>;
}

/** An error shown to a person: the API's message, and its code for a support question. */
export function ErrorMessage({ error }: { readonly error: Error }) {
  const code = error instanceof ApiError ? ` (${error.code})` : '';
  return (
    <p className="error" role="alert">
      {error.message}
      {code}
    </p>
  );
}
