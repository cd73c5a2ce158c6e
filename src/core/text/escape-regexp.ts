/** The text as a regular-expression source that matches it literally ("keskim." matches a full stop). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
