/**
 * A plain-text table for the terminal: left-aligned columns separated by two spaces, the header
 * first. The last column is not padded. Widths count UTF-16 code
 * units, as `padEnd` does.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  '))
    .join('\n');
}
