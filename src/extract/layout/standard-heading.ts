// The heading of a column naming the disclosure each row answers: "ESRS", "GRI / ESRS", "HKEX KPI",
// "GRI Standard", "ESRS datapoints", "Reference". Its cells are codes ("E1-5 §37", "305-1", "A1.2"), not
// figures, and it spans no year of the header above it.
const STANDARD = String.raw`(?:GRI|SASB|ESRS|HKEX|TCFD|ISSB|SDGs?)`;
const QUALIFIER = String.raw`(?:standards?|disclosures?|references?|ref\.?|codes?|datapoints?|indicators?|kpis?|index|esg\s+(?:reporting\s+)?guide)(?:\s+(?:no\.?|numbers?))?`;
const STANDARD_HEADING = new RegExp(
  String.raw`^(?:${STANDARD}(?:\s*[/&,]\s*${STANDARD})*(?:\s+${QUALIFIER})?|references?|ref\.?)$`,
  'i',
);

/** Whether a header cell heads a column of disclosure codes. */
export function isStandardHeading(text: string): boolean {
  return STANDARD_HEADING.test(text.trim());
}
