/**
 * Japanese data tables print a boundary column between the measure and the unit ("購入電力 | 連結 | MWh",
 * then "| 単体 | MWh" on the line below, the measure cell left blank): 連結 is the consolidated group,
 * 単体 (also 個別) the parent company alone. The boundary cell is then the row's last label cell, but it
 * names no measure: the row is named by the measure cell (its own, or the one carried down from the row
 * above) followed by the boundary, so its metric, Scope 2 method and boundary are read from one label.
 */
const BOUNDARY_CELL = /^(?:連結|単体|個別)$/u;

/** The row's label with its measure cell before a bare boundary cell; the label itself otherwise. */
export function withMeasureOfBoundaryCell(label: string, measure: string): string {
  return BOUNDARY_CELL.test(label.trim()) && measure.trim() !== ''
    ? `${measure.trim()} ${label.trim()}`
    : label;
}
