// GRI 306-4 (2020): waste diverted from disposal by recovery operation (preparation for reuse,
// recycling, other recovery such as composting; Chinese reports' "comprehensive utilisation", 综合利用);
// GRI 306-5: waste directed to disposal (incineration with or without energy recovery, landfilling).
const DIVERTED =
  /\b(?:recycl\w*|compost\w*|reus\w*|re-us\w*|anaerobic digestion|recover(?:ed|y)? (?:of )?materials?|material recovery|comprehensive(?:ly)? utili[sz]\w*)\b/i;
const DISPOSED = /\b(?:landfill\w*|incinerat\w*|energy recovery|disposal|disposed|deep[- ]well|burn\w*)\b/i;

/** The GRI code of a waste route a row names ("landfill" → 306-5), undefined when it names none. */
export function wasteRouteCode(route: string): 'GRI:306-4' | 'GRI:306-5' | undefined {
  if (DIVERTED.test(route) && !DISPOSED.test(route)) return 'GRI:306-4';
  if (DISPOSED.test(route) && !DIVERTED.test(route)) return 'GRI:306-5';
  return undefined;
}
