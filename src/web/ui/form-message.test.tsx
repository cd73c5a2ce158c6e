import { describe, expect, it } from 'vitest';
import { renderHtml } from '../testing/render-html.js';
import { FormMessage } from './form-message.js';

describe('FormMessage', () => {
  it('shows a saved form as a status and a failed one as an alert', () => {
    expect(renderHtml(<FormMessage message={{ kind: 'ok', text: 'Saved as version 3.' }} />)).toBe(
      '<p class="ok" role="status">Saved as version 3.</p>',
    );
    expect(renderHtml(<FormMessage message={{ kind: 'error', text: 'weights must be 0 or more' }} />)).toBe(
      '<p class="error" role="alert">weights must be 0 or more</p>',
    );
  });

  it('shows nothing before the form is sent', () => {
    expect(renderHtml(<FormMessage message={null} />)).toBe('');
  });
});
