/**
 * Cells a tab did not part: text converted with one tab for each column gap of two or more spaces
 * leaves columns printed one space apart in one cell ("Total⇥3,761,955.0⇥3,794,519.1 1,044,987.5",
 * "Year⇥2025⇥2023 2019 (base)"). Aligned with spaces, the columns' places part them; cut at tabs, no
 * place is left, but a run of figures each grouped by commas, or a year before another year, can only
 * be that many cells.
 */

// A figure grouped by commas ("1,044,987.5", "(12,408)"): never two figures, never part of one.
const GROUPED = /^[-−+(]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$/u;
// A year, one space, then a heading opening on another year ("2023 2019 (base)").
const YEAR_THEN_YEAR = /^((?:FY\s?)?(?:19|20)\d{2}) ((?:FY\s?)?(?:19|20)\d{2}(?!\d).{0,30})$/iu;

/** A tab-separated line's cells with each run of comma-grouped figures, or of two years, parted. */
export function partFigureRuns(cells: readonly string[]): string[] {
  return cells.flatMap((cell) => {
    const words = cell.trim().split(' ');
    if (words.length >= 2 && words.every((w) => GROUPED.test(w))) return words;
    const years = YEAR_THEN_YEAR.exec(cell.trim());
    return years?.[1] && years[2] ? [years[1], years[2]] : [cell];
  });
}
