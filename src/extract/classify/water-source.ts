import { getMetric, type Metric } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import type { MetricChoice } from './choose-metric.js';
import type { PrintedUnit } from './printed-unit.js';

// GRI 303-3 a/b (2018) sources of water withdrawal: surface water (rainwater collected counts as
// surface water), groundwater, seawater, produced water and third-party water (municipal supply,
// other utilities, another organisation's treated or reclaimed water). HKEX A2.2 reports in China
// name them "tap water", "municipal water", "reclaimed water from the park"; Japanese ones list
// "industrial water" (kōgyō yōsui, the public supply of untreated water to factories) beside city water.
// A mine's dewatering (pit and underground water pumped out) is groundwater withdrawn (ICMM Water
// Reporting, 2021).
const SOURCE =
  /\b(?:surface water|dewatering|rivers?|lakes?|canals?|reservoirs?|rain ?water|storm ?water|ground ?water|wells?|boreholes?|sea ?water|produced water|third[- ]part(?:y|ies)|municipal|tap water|mains|(?:city|town) (?:water|supply)|purchased water|(?:raw )?water purchased|water supplied|supplied water|utility water|reclaimed|recycled water|recycled municipal|grey ?water supply|industrial water(?: supply)?)\b/i;

// A supplier outside the organisation: reclaimed or recycled water bought in is a withdrawal from a
// third party (GRI 303-3 b), water the organisation recycles itself is not.
const SUPPLIER =
  /\b(?:municipal|purchased|supplied|supply|third[- ]part(?:y|ies)|utilit(?:y|ies)|external|park|plant|works|authority|government|city)\b/i;

// Water recycled or reused on site (GRI 303-3 guidance: not a withdrawal), discharged, put back
// underground (produced water reinjected into the reservoir or a disposal well), supplied to
// others (an estate's "industrial water supplied to tenants" leaves it), or a quality
// or stress split of a source (GRI 303-3 c, d), never a source of its own.
const NOT_A_SOURCE =
  /\b(?:on[- ]site|in[- ]house|internal\w*|recirculat\w*|reused|re-used|reuse|recycled and|saved|saving|discharg\w*|(?:re-?)?inject\w*|wastewater|sewage|effluent|freshwater|fresh water|other water|tds|consumption|intensity|rate|total|subtotal|of which|(?:supplied|sold|delivered|distributed) to)\b/i;

const RECLAIMED = /\b(?:reclaimed|recycled|treated)\b/i;

// The sources in Azerbaijani ("Yeraltı su", groundwater; "Səth suyu", surface water; "Bələdiyyə suyu", municipal
// water; "Dəniz suyu", seawater; "Yağış suyu", rainwater; "artezian quyuları", artesian wells).
const AZERBAIJANI_SOURCES = String.raw`yer ?alt[ıi] su(?:yu)?|s[əe]th suyu|b[əe]l[əe]diyy[əe] suyu|d[əe]niz suyu|ya[ğg][ıi]ş suyu|artezian`;

// The sources in Indonesian and Malay ("Air permukaan", "Air tanah", "Air bawah tanah", "Air laut", "Air
// hujan", "PDAM", the regional water utilities) and Vietnamese ("Nước mặt", "Nước ngầm", "Nước biển", "Nước
// mưa", "Nước máy", tap water).
const SOUTHEAST_ASIAN_SOURCES = String.raw`air (?:permukaan|(?:bawah )?tanah|laut|hujan|sumur|sungai|PDAM)|PDAM|nước (?:mặt|ngầm|biển|mưa|máy|giếng)|${AZERBAIJANI_SOURCES}`;

// The same sources in French, Spanish, Portuguese and Italian reports ("Eau de mer dessalée", "Eau
// souterraine (forages)", "Eau du réseau", "Eaux pluviales", "Agua subterránea", "Água da rede pública",
// "Acqua di falda"). Accented letters are no \w, so the words are bounded by letters, not \b.
const HOME_SOURCE = new RegExp(
  String.raw`(?<!\p{L})(?:eaux? (?:de mer|souterraines?|de surface|de (?:la )?nappe|de forages?|de puits|du réseau|de ville|pluviales?|de pluie)|nappe phréatique|forages?|puits|réseau (?:public|municipal|d'eau|national)|aguas? (?:de mar|subterráneas?|superficiales?|de (?:la )?red|de lluvia|pluviales?|de pozos?)|[áa]guas? (?:do mar|subterrâneas?|superficiais?|da rede|pluviais?|da chuva|de poços?)|rede pública|acqu[ae] (?:di mare|di falda|sotterranee?|superficiali?|piovane?)|acquedotto|pozzi|${SOUTHEAST_ASIAN_SOURCES})(?!\p{L})`,
  'iu',
);

// Water reused, discharged, consumed or an intensity, in the same languages: never a source.
// Indonesian "daur ulang" (recycled), "dibuang" (discharged), "konsumsi", "intensitas"; Vietnamese "tái sử
// dụng" / "tái chế" (reused, recycled), "thải" (waste water), "tiêu thụ" (consumed), "tổng" (total); Azerbaijani
// "cəmi" (total), "təkrar" (re-used), "axıdılan" (discharged), "istehlak" (consumption).
const HOME_NOT_A_SOURCE =
  /(?<!\p{L})(?:recycl|réutilis|rejet|intensit|consomm|consum|total|reutiliz|riutilizz|scaric|vertid|descart|daur ulang|dibuang|konsumsi|tái (?:sử dụng|chế)|thải|tiêu thụ|tổng|c[əe]mi|t[əe]krar|axıdıl|istehlak)/iu;

/** A row's label names a source of water withdrawal ("Municipal tap water", "Groundwater (wells)"). */
export function waterSourceOf(label: string): string | undefined {
  // "Water withdrawal — groundwater": the source is what follows the dash.
  const named = label.split(/\s+[—–-]\s+/).at(-1) ?? label;
  const core = named.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  const home = HOME_SOURCE.test(named) && !HOME_NOT_A_SOURCE.test(core);
  if (!home && (!SOURCE.test(named) || NOT_A_SOURCE.test(core))) return undefined;
  if (core.split(/\s+/).length > 8) return undefined;
  // "Reclaimed water" alone may be the company's own: only a supplier named makes it third-party.
  if (RECLAIMED.test(core) && !SUPPLIER.test(named)) return undefined;
  return core.replace(/\s+/g, ' ').toLowerCase();
}

const WATER_METRICS = ['water.withdrawal', 'water.consumption', 'water.discharge'] as const;

/**
 * A table row naming a source of water ("Surface water (canal intake)", "Reclaimed water from the
 * park") is the withdrawal — or the consumption, when the row's table or total counts water consumed
 * — from that source, with dim `water_source` so the sources can be summed against their total (GRI
 * 303-3 b, HKEX A2.2); under a discharge heading it is a destination (`water_destination`, GRI
 * 303-4 a). Undefined when the row names no source or its unit is no amount of water.
 */
export function waterSourceRow(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
): MetricChoice | undefined {
  const label = m.kind === 'table' ? m.label : itemLabel(m);
  if (label === undefined || dims.water_source !== undefined) return undefined;
  const source = waterSourceOf(label);
  if (source === undefined) return undefined;
  const dimension = printed?.numerator.dimension;
  if (printed?.denominator || (dimension !== undefined && dimension !== 'volume' && dimension !== 'mass'))
    return undefined;
  const metric = metricOf([m.partOf ?? '', m.column ?? '', ...[...m.context].reverse()]);
  // Without a unit, only a table about water (named above the row) makes a bare number a volume.
  if (metric === undefined && printed === undefined) return undefined;
  const chosen = metric ?? getMetric('water.withdrawal');
  // Discharge by destination names the same bodies of water (GRI 303-4 a): there they are destinations.
  if (chosen.id === 'water.discharge') dims.water_destination = source;
  else dims.water_source = source;
  return { metric: chosen, phrase: source, score: source.split(' ').length };
}

// "Groundwater withdrawn: 396,200 m³ (402,800 m³)": a list item that names its figure before a colon.
const LABELLED_ITEM = /^\s*([^:：\d]{3,80}?)\s*[:：]\s*[^\d\s]{0,4}\s*(\d[\d,.]*)/u;

/** The name a list item gives the figure right after its colon, read as a table row's label; else undefined. */
function itemLabel(m: Mention): string | undefined {
  const item = LABELLED_ITEM.exec(m.quote);
  const digits = (text: string) => text.replace(/\D/g, '');
  return item?.[1] && item[2] && digits(item[2]) === digits(m.value) ? item[1] : undefined;
}

/**
 * The water metric the nearest words above a row name (its total, column, group, caption):
 * withdrawal, discharge, or consumption when they say so.
 */
function metricOf(texts: readonly string[]): Metric | undefined {
  for (const text of texts) {
    if (
      /\bwithdra\w*|\bwater\b.*\b(?:intake|sources?)\b|pr[ée]l[èe]vements?|captaci[óo]n|capta[çc][ãa]o|prelievi/i.test(
        text,
      )
    )
      return getMetric(WATER_METRICS[0]);
    if (/\bdischarg\w*|\bdestination|\brejets?\b|\bvertidos?\b|\bscarichi\b/i.test(text))
      return getMetric(WATER_METRICS[2]);
    if (/\bwater\b.*\b(?:consum\w*|use|used|usage)\b/i.test(text)) return getMetric(WATER_METRICS[1]);
  }
  return undefined;
}
