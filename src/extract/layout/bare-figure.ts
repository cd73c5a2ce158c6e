/**
 * A cell holding one figure and nothing else, as table rows print it: "1,842", "56.4", "(12)", "96%",
 * "−3.2", or grouped by spaces ("28 412.6", "1 251 072": the ISO 80000-1 thousands space that South
 * African, French and Nordic reports print, also no-break or thin). A space part only of 3-digit groups,
 * so "Scope 1 2" or "12 12.5" is no figure.
 */
const BARE_FIGURE = /^[-−+(]?\d(?:[\d,.]*|\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?)(?:\)?%?|%\))$/;

/** Whether a cell is one bare figure (see {@link BARE_FIGURE}). */
export function isBareFigure(cell: string): boolean {
  return BARE_FIGURE.test(cell);
}

// A bracketed part naming no year ("('000 litres)", "(m³)", "(tCO2e)"): a unit or a scale, no figure.
const BRACKETED_UNIT = /\((?![^()]*\b(?:19|20)\d{2}\b)[^()]*\)/g;

/**
 * Whether a one-cell line prints no figure, so it can be a group row between a header and its rows
 * ("By gender", "Meals served ('000)": digits inside a unit's brackets are the unit's own).
 */
export function printsNoFigure(text: string): boolean {
  return !/\d/.test(text.replace(BRACKETED_UNIT, ''));
}
