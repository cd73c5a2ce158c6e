import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

/** Server-rendered HTML without React's `<!-- -->` markers between adjacent text nodes. */
export function renderHtml(element: ReactElement): string {
  return renderToString(element).replaceAll('<!-- -->', '');
}
