import { z } from 'zod';
import { EsgError } from '../errors/index.js';
import { getFramework, qualify } from '../frameworks/index.js';
import type { Metric } from './metric.js';
import { metricCatalogueSchema } from './metric-catalogue.schema.js';
import { metricPhrasesSchema } from './metric-phrases.schema.js';
import { phraseKey } from './phrase-tokens.js';
import { serbianCyrillic } from './serbian-script.js';
import data from './metrics.data.json' with { type: 'json' };
import german from './metrics.de.data.json' with { type: 'json' };
import dutch from './metrics.nl.data.json' with { type: 'json' };
import croatian from './metrics.hr.data.json' with { type: 'json' };
import norwegian from './metrics.no.data.json' with { type: 'json' };
import polish from './metrics.pl.data.json' with { type: 'json' };
import chinese from './metrics.zh.data.json' with { type: 'json' };
import japanese from './metrics.ja.data.json' with { type: 'json' };
import korean from './metrics.ko.data.json' with { type: 'json' };
import vietnamese from './metrics.vi.data.json' with { type: 'json' };
import indonesian from './metrics.id.data.json' with { type: 'json' };
import turkish from './metrics.tr.data.json' with { type: 'json' };
import azerbaijani from './metrics.az.data.json' with { type: 'json' };
import uzbek from './metrics.uz.data.json' with { type: 'json' };
import kazakh from './metrics.kk.data.json' with { type: 'json' };
import kyrgyz from './metrics.ky.data.json' with { type: 'json' };
import georgian from './metrics.ka.data.json' with { type: 'json' };
import armenian from './metrics.hy.data.json' with { type: 'json' };
import mongolian from './metrics.mn.data.json' with { type: 'json' };
import icelandic from './metrics.is.data.json' with { type: 'json' };
import thai from './metrics.th.data.json' with { type: 'json' };
import arabic from './metrics.ar.data.json' with { type: 'json' };
import bulgarian from './metrics.bg.data.json' with { type: 'json' };
import macedonian from './metrics.mk.data.json' with { type: 'json' };
import russian from './metrics.ru.data.json' with { type: 'json' };
import ukrainian from './metrics.uk.data.json' with { type: 'json' };
import greek from './metrics.el.data.json' with { type: 'json' };
import finnish from './metrics.fi.data.json' with { type: 'json' };
import danish from './metrics.da.data.json' with { type: 'json' };
import swedish from './metrics.sv.data.json' with { type: 'json' };
import czech from './metrics.cs.data.json' with { type: 'json' };
import slovak from './metrics.sk.data.json' with { type: 'json' };
import hungarian from './metrics.hu.data.json' with { type: 'json' };
import hebrew from './metrics.he.data.json' with { type: 'json' };
import malay from './metrics.ms.data.json' with { type: 'json' };
import italian from './metrics.it.data.json' with { type: 'json' };
import slovene from './metrics.sl.data.json' with { type: 'json' };
import romanian from './metrics.ro.data.json' with { type: 'json' };
import portuguese from './metrics.pt.data.json' with { type: 'json' };
import spanish from './metrics.es.data.json' with { type: 'json' };
import estonian from './metrics.et.data.json' with { type: 'json' };
import latvian from './metrics.lv.data.json' with { type: 'json' };
import lithuanian from './metrics.lt.data.json' with { type: 'json' };
import serbian from './metrics.sr.data.json' with { type: 'json' };
import bosnian from './metrics.bs.data.json' with { type: 'json' };
import persian from './metrics.fa.data.json' with { type: 'json' };

/** The catalogue's identity, as the data file states it. */
export interface MetricCatalogueInfo {
  readonly id: string;
  readonly version: string;
  readonly source: string;
  readonly count: number;
}

interface Catalogue {
  readonly info: MetricCatalogueInfo;
  readonly metrics: readonly Metric[];
  readonly byId: ReadonlyMap<string, Metric>;
  readonly english: readonly string[];
}

let loaded: Catalogue | undefined;

/** Validates metrics.data.json on first use (never at import time) and keeps the result. */
function catalogue(): Catalogue {
  if (loaded) return loaded;
  const parsed = metricCatalogueSchema.safeParse(data);
  if (!parsed.success) {
    throw new EsgError('REFERENCE_DATA', `metrics.data.json is invalid:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const more = languagePhrases(new Set(parsed.data.metrics.map((m) => m.id)));
  const byId = new Map<string, Metric>();
  for (const m of parsed.data.metrics) {
    if (byId.has(m.id))
      throw new EsgError('REFERENCE_DATA', `metrics.data.json: duplicate metric id ${m.id}`);
    byId.set(m.id, Object.freeze({ ...m, phrases: [...m.phrases, ...(more.get(m.id) ?? [])] }));
  }
  const { id, version, source } = parsed.data;
  const english = parsed.data.metrics.flatMap((m) => [m.label, ...m.phrases]);
  loaded = { info: { id, version, source, count: byId.size }, metrics: [...byId.values()], byId, english };
  return loaded;
}

/**
 * The wordings of the catalogue's metrics in other languages (German: `metrics.de.data.json`, Dutch:
 * `metrics.nl.data.json`, Norwegian: `metrics.no.data.json`, Polish: `metrics.pl.data.json`, Chinese:
 * `metrics.zh.data.json`, Croatian: `metrics.hr.data.json`, Japanese: `metrics.ja.data.json`, Korean:
 * `metrics.ko.data.json`, Vietnamese: `metrics.vi.data.json`, Indonesian: `metrics.id.data.json`, Turkish:
 * `metrics.tr.data.json`, Azerbaijani: `metrics.az.data.json`, Uzbek: `metrics.uz.data.json`, Kazakh and Kyrgyz: `metrics.kk/ky.data.json`, Georgian: `metrics.ka.data.json`, Armenian: `metrics.hy.data.json`, Mongolian and Icelandic: `metrics.mn/is.data.json`, Thai: `metrics.th.data.json`, Arabic: `metrics.ar.data.json`, Bulgarian:
 * `metrics.bg.data.json`, Macedonian: `metrics.mk.data.json`, Russian: `metrics.ru.data.json`, Ukrainian: `metrics.uk.data.json`, Greek: `metrics.el.data.json`, Finnish, Danish,
 * Swedish, Czech, Slovak, Hungarian, Hebrew, Malay, Italian and Slovene: `metrics.fi/da/sv/cs/sk/hu/he/ms/it/sl.data.json`;
 * Romanian, Portuguese and Spanish: `metrics.ro/pt/es.data.json`, beside the wordings the catalogue's own file keeps;
 * Estonian, Latvian, Lithuanian and Serbian: `metrics.et/lv/lt/sr.data.json`; Bosnian: `metrics.bs.data.json`; Persian: `metrics.fa.data.json`), by metric id; a phrase file
 * naming a metric the catalogue lacks is invalid. Serbian prints its words in Cyrillic or in Latin letters
 * and shares most of them with Croatian, so each Croatian and Serbian phrase is also read in Cyrillic.
 */
/** The phrase files of the languages Serbian reports share their words with. */
const SERBO_CROATIAN: ReadonlySet<string> = new Set(['metrics.hr.data.json', 'metrics.sr.data.json']);

/**
 * The Serbian Cyrillic spellings of Latin phrases, each once by its matching key and none a metric's
 * phrases hold already: the Cyrillic stemmer folds case forms a Latin list keeps apart ("opsega 1",
 * "opsegu 1"), and a Bulgarian or Russian file may list the word ("дизел").
 */
function cyrillicTwins(phrases: readonly string[], known: readonly string[]): string[] {
  const keys = new Set(known.map(phraseKey));
  const twins: string[] = [];
  for (const twin of phrases.map(serbianCyrillic)) {
    const key = phraseKey(twin);
    if (keys.has(key)) continue;
    keys.add(key);
    twins.push(twin);
  }
  return twins;
}

function languagePhrases(ids: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const latinSerbian = new Map<string, string[]>();
  for (const [file, data] of [
    ['metrics.de.data.json', german],
    ['metrics.nl.data.json', dutch],
    ['metrics.no.data.json', norwegian],
    ['metrics.pl.data.json', polish],
    ['metrics.zh.data.json', chinese],
    ['metrics.hr.data.json', croatian],
    ['metrics.ja.data.json', japanese],
    ['metrics.ko.data.json', korean],
    ['metrics.vi.data.json', vietnamese],
    ['metrics.id.data.json', indonesian],
    ['metrics.tr.data.json', turkish],
    ['metrics.az.data.json', azerbaijani],
    ['metrics.uz.data.json', uzbek],
    ['metrics.kk.data.json', kazakh],
    ['metrics.ky.data.json', kyrgyz],
    ['metrics.ka.data.json', georgian],
    ['metrics.hy.data.json', armenian],
    ['metrics.mn.data.json', mongolian],
    ['metrics.is.data.json', icelandic],
    ['metrics.th.data.json', thai],
    ['metrics.ar.data.json', arabic],
    ['metrics.bg.data.json', bulgarian],
    ['metrics.mk.data.json', macedonian],
    ['metrics.ru.data.json', russian],
    ['metrics.uk.data.json', ukrainian],
    ['metrics.el.data.json', greek],
    ['metrics.fi.data.json', finnish],
    ['metrics.da.data.json', danish],
    ['metrics.sv.data.json', swedish],
    ['metrics.cs.data.json', czech],
    ['metrics.sk.data.json', slovak],
    ['metrics.hu.data.json', hungarian],
    ['metrics.he.data.json', hebrew],
    ['metrics.ms.data.json', malay],
    ['metrics.it.data.json', italian],
    ['metrics.sl.data.json', slovene],
    ['metrics.ro.data.json', romanian],
    ['metrics.pt.data.json', portuguese],
    ['metrics.es.data.json', spanish],
    ['metrics.et.data.json', estonian],
    ['metrics.lv.data.json', latvian],
    ['metrics.lt.data.json', lithuanian],
    ['metrics.sr.data.json', serbian],
    ['metrics.bs.data.json', bosnian],
    ['metrics.fa.data.json', persian],
  ] as const) {
    const parsed = metricPhrasesSchema.safeParse(data);
    if (!parsed.success) {
      throw new EsgError('REFERENCE_DATA', `${file} is invalid:\n${z.prettifyError(parsed.error)}`, {
        cause: parsed.error,
      });
    }
    for (const [id, phrases] of Object.entries(parsed.data.phrases)) {
      if (!ids.has(id)) throw new EsgError('REFERENCE_DATA', `${file}: unknown metric id ${id}`);
      out.set(id, [...(out.get(id) ?? []), ...phrases]);
      if (SERBO_CROATIAN.has(file)) latinSerbian.set(id, [...(latinSerbian.get(id) ?? []), ...phrases]);
    }
  }
  for (const [id, phrases] of latinSerbian) {
    const known = out.get(id) ?? [];
    out.set(id, [...known, ...cyrillicTwins(phrases, known)]);
  }
  return out;
}

/**
 * The catalogue's own labels and phrases, which are English: the wordings of other languages' files are
 * left out (a Polish "udział kobiet" makes no word English).
 */
export function englishMetricPhrases(): readonly string[] {
  return catalogue().english;
}

/** Id, version and source of the metric catalogue. */
export function metricCatalogueInfo(): MetricCatalogueInfo {
  return catalogue().info;
}

/**
 * Every metric in catalogue order; with `framework` (a framework id such as `gri-2021`), only the
 * metrics citing one of that framework's items. An unknown framework id throws NOT_FOUND.
 */
export function listMetrics(options: { framework?: string } = {}): readonly Metric[] {
  const { metrics } = catalogue();
  if (options.framework === undefined) return metrics;
  const framework = getFramework(options.framework);
  const codes = new Set(framework.items.map((i) => qualify(framework.prefix, i.code)));
  return metrics.filter((m) => m.codes.some((c) => codes.has(c)));
}

/** The metric with this id; throws NOT_FOUND for an id the catalogue does not have. */
export function getMetric(id: string): Metric {
  const metric = catalogue().byId.get(id);
  if (!metric) throw new EsgError('NOT_FOUND', `unknown metric "${id}" (see \`esg metrics list\`)`);
  return metric;
}

/** True when the catalogue has a metric with this id. */
export function isMetricId(id: string): boolean {
  return catalogue().byId.has(id);
}
