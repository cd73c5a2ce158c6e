// A figure in the same unit for another year, then "and", right before a figure: "₹ 4,286.73 crore in FY 2024-25 and".
const EARLIER_YEAR_FIGURE =
  /\s(\S{1,4}\s)?\d[\d,.]*(?:\s+[^\s\d]\S*){0,2}\s+(?:in|for)\s+(?:FY\s?)?(?:19|20)\d{2}(?:[-–/]\d{2,4})?,?\s+and\s*$/i;

// A figure, the words that follow it in its clause, then the words that set a second figure against it:
// "covered 22.4 % of our fuel input, compared with", "reached 61 % of sites in 2031, against", "… versus".
const COMPARED_FIGURE =
  /\s(?:\S{1,4}\s)?\d[\d,.]*((?:[^\d;:.]|(?:19|20)\d\d){0,60}?),?\s+(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.)\s*$/i;
// The year the first figure is for, which names nothing of the second: "… in 2031".
const FIGURE_YEAR = /\s(?:in|for)\s+(?:FY\s?)?(?:19|20)\d\d\b/gi;

/** The words of a printed figure that are not its number: its unit and currency ("%", "EUR million"). */
function unitWords(figure: string): string[] {
  return figure.split(/\s+/).filter((w) => w !== '' && !/\d/.test(w));
}

/**
 * The words before a figure without another year's figure in the same unit that a pair puts between
 * them and the figure ("… was EUR 412.6 million in 2025 and"): the pair shares its subject.
 */
function withoutEarlierYear(lead: string, figure: string): string {
  const m = EARLIER_YEAR_FIGURE.exec(lead);
  const words = unitWords(figure);
  if (!m || words.length === 0 || !words.every((w) => m[0].includes(w))) return lead;
  return lead.slice(0, m.index);
}

/**
 * "Natural gas covered 22.4 % of our fuel input, compared with 13.4 % a year earlier": the figure set
 * against another in the same unit shares its subject, the words before that figure and after its unit
 * ("natural gas covered … of our fuel input"); the other figure names nothing of it.
 */
function withoutComparedFigure(lead: string, figure: string): string {
  const m = COMPARED_FIGURE.exec(lead);
  // A unit may be glued to its number ("13.4%").
  const words = unitWords(figure.replace(/\d[\d,.]*/g, ' '));
  if (!m || words.length === 0) return lead;
  let after = (m[1] ?? '').replace(FIGURE_YEAR, '');
  for (const w of words) {
    const at = after.indexOf(w);
    if (at < 0) return lead;
    after = `${after.slice(0, at)}${after.slice(at + w.length)}`;
  }
  return `${lead.slice(0, m.index)} ${after.trim()}`;
}

/**
 * The words before a figure that name it when it shares its subject with a figure printed just before
 * in the same unit, for another year ("… and") or set against it ("…, compared with").
 */
export function sharedSubjectLead(lead: string, figure: string): string {
  return withoutComparedFigure(withoutEarlierYear(lead, figure), figure);
}
