import { z } from 'zod';
import type { Figure } from '../precision/index.js';
import data from './gas-gwp.data.json' with { type: 'json' };

const dataSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  source: z.string(),
  gases: z.array(
    z.strictObject({
      gas: z.string(),
      names: z.array(z.string()).min(1),
      gwp: z.array(z.number().positive()).min(1),
    }),
  ),
});

/** A greenhouse gas the check knows by name, with every IPCC 100-year GWP a report may use for it. */
export interface KnownGas {
  readonly gas: string;
  readonly name: RegExp;
  readonly gwp: readonly number[];
}

let loaded: readonly KnownGas[] | undefined;

/** The gases of gas-gwp.data.json, validated on first use. */
export function knownGases(): readonly KnownGas[] {
  loaded ??= dataSchema.parse(data).gases.map((g) => ({
    gas: g.gas,
    name: new RegExp(g.names.map((n) => `(?:${n})`).join('|'), 'iu'),
    gwp: g.gwp,
  }));
  return loaded;
}

/** The one known gas a text names; undefined when it names none or several ("R-22 and R-410A"). */
export function gasNamedIn(text: string): KnownGas | undefined {
  const named = knownGases().filter((g) => g.name.test(text));
  return named.length === 1 ? named[0] : undefined;
}

// The words of a GWP in a figure's sentence, in English and Chinese (全球变暖潜势 / 全球增温潜势).
const GWP_WORDS = /\bGWP|global\s+warming\s+potential|全球(?:变暖|增温|暖化)潜/iu;

/**
 * The gas of a GWP the report states ("GWP of nitrous oxide 273", read by extraction as 273 tCO2e per
 * tonne with the gas leading its label), or undefined for any other figure, a fuel's tCO2e per tonne
 * among them.
 */
export function statedGwpGas(f: Figure): KnownGas | undefined {
  if (f.unit.dimension !== 'ghg/mass') return undefined;
  const p = f.fact.provenance;
  if (p.kind !== 'document' || !GWP_WORDS.test(p.quote)) return undefined;
  // The gas leads the label; what follows in brackets is the sentence, which may name other gases.
  const label = f.fact.label ?? '';
  const lead = label.split('(')[0] ?? label;
  return gasNamedIn(lead);
}
