const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls other than tab, newline and carriage return are not allowed in XML 1.0 (§2.2) and have no
// business in a report; they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for HTML or SVG element content and quoted attribute values. Every string that came
 * from a document, a survey or a user passes through here before it is written into markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A fragment of markup that is already safe, built by the renderers, never from raw input. */
export interface SafeHtml {
  readonly html: string;
}

/** Marks renderer-built markup as safe. */
export function trusted(html: string): SafeHtml {
  return { html };
}

/**
 * A template tag that escapes every interpolated value unless it is {@link SafeHtml} (or an array of
 * them), so forgetting to escape is not possible: `html\`<td>${label}</td>\``.
 */
export function html(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | SafeHtml | readonly SafeHtml[] | undefined)[]
): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return trusted(out);
}

function render(v: string | number | SafeHtml | readonly SafeHtml[] | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return escapeHtml(v);
  if (Array.isArray(v)) return (v as readonly SafeHtml[]).map((x) => x.html).join('');
  return (v as SafeHtml).html;
}
