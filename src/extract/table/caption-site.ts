import type { Mention } from '../mention/index.js';

/**
 * Sites named by the dashed tails of table titles: a report printing one table a place ("Energy
 * consumption – Foshan Plant", or "Water withdrawal – North Mill" beside the same title "– Group") gives
 * every figure of each such table that place as its `site`. A tail is a site when it ends on a word for
 * one of the company's places (plant, site, mill, mine …), or when the same title is printed with it and
 * with a tail naming the whole ("– Consolidated", "– Group", "– Total"): the tails then part the whole.
 * Returns each caption that names a site, with its site.
 */
export function captionSites(captions: readonly string[]): Map<string, string> {
  const tails = new Map<string, { caption: string; tail: string }[]>();
  for (const caption of new Set(captions)) {
    const split = dashedTail(caption);
    if (!split) continue;
    const key = split.head.toLowerCase();
    tails.set(key, [...(tails.get(key) ?? []), { caption, tail: split.tail }]);
  }
  const sites = new Map<string, string>();
  for (const group of tails.values()) {
    const parted = group.some((g) => WHOLE.test(g.tail));
    for (const { caption, tail } of group)
      if (!WHOLE.test(tail) && nameLike(tail) && (parted || PLACE_NAME.test(tail))) sites.set(caption, tail);
  }
  return sites;
}

/** The table's figures as the site its title names, unless the layout already gave them one. */
export function atCaptionSite(mentions: readonly Mention[], site: string | undefined): Mention[] {
  if (site === undefined) return [...mentions];
  return mentions.map((m) => (m.dims.site === undefined ? { ...m, dims: { ...m.dims, site } } : m));
}

// "Title – Tail": a spaced dash before the title's last words (at most six).
const DASHED = /^(.*\S)\s+[–—-]\s+(\S+(?:\s+\S+){0,5})$/u;
// A title that is only a table's number ("Table 4 – Waste generated"): its tail is the title itself.
const NUMBER_ONLY =
  /^(?:table|tabel|tableau|tabla|tabelle|tabela|cuadro|quadro|figure|exhibit|chart)?\s*[\dA-Z]{0,3}(?:[.-]\d{1,2}){0,3}[a-z]?$/i;
// Tails that name the whole company, not one of its places.
const WHOLE =
  /^(?:consolidated|group|group total|total|combined|overall|company|company[- ]wide|all (?:sites|plants|operations|facilities))$/i;
// A place's kind ending its name: "Foshan Plant", "Kestrel Mine", "Port Arthur Refinery".
const PLACE_NAME =
  /\s(?:plant|site|factory|mill|works|refinery|mine|smelter|terminal|depot|warehouse|campus|estate|farm|plantation)(?:\s+\d{1,2})?$/i;
// Small words a proper name keeps in lower case ("Isle of Dogs Depot", "Vale do Rio Mill").
const LINKING = /^(?:of|the|and|de|del|do|da|des|du|la|le|y|e|on|upon|am|an)$/;
// A word no place name is: a unit, a breakdown or a measure ("(tonnes)", "Scope", "Employees").
const NOT_A_NAME =
  /^(?:scope|employees?|staff|contractors?|workers?|male|female|men|women|total|summary|overview|continued|data|performance|indicators?|kpis?)$/i;

function dashedTail(caption: string): { head: string; tail: string } | undefined {
  const m = DASHED.exec(caption.trim());
  const head = m?.[1]?.trim();
  const tail = m?.[2]?.trim();
  if (!head || !tail || NUMBER_ONLY.test(head) || !/\p{L}{3}/u.test(head)) return undefined;
  return { head, tail };
}

/** Whether a tail reads as a proper name: capitalised words, no figures (a plant's number aside). */
function nameLike(tail: string): boolean {
  const words = tail.replace(/\s+\d{1,2}$/, '').split(/\s+/);
  return words.every(
    (w, i) => (/^\p{Lu}[\p{L}'’.&-]*$/u.test(w) || (i > 0 && LINKING.test(w))) && !NOT_A_NAME.test(w),
  );
}
