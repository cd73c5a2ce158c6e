import { z } from 'zod';
import { CODE_PREFIXES, DISCLOSURE_LEVELS, FRAMEWORK_IDS, ITEM_KINDS } from './framework.js';

/** One catalogue entry as stored in a `*.data.json` file. */
export const frameworkItemSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.()-]*$/, 'a code has no spaces or prefix'),
  title: z.string().min(3),
  level: z.enum(DISCLOSURE_LEVELS),
  kind: z.enum(ITEM_KINDS),
  parent: z.string().nullable(),
  quantitative: z.boolean(),
  note: z.string().optional(),
});

/** A framework catalogue file: metadata, source and items. */
export const frameworkSchema = z.strictObject({
  id: z.enum(FRAMEWORK_IDS),
  name: z.string().min(3),
  publisher: z.string().min(3),
  version: z.string().min(1),
  effective: z.iso.date(),
  prefix: z.enum(CODE_PREFIXES),
  source: z.strictObject({
    document: z.string().min(3),
    url: z.url(),
    consulted: z.array(z.string().min(3)),
  }),
  notes: z.array(z.string()),
  items: z.array(frameworkItemSchema).min(1),
  replaced: z
    .array(
      z.strictObject({
        code: z.string().min(1),
        by: z.array(z.string().min(1)).min(1),
        why: z.string().min(3),
      }),
    )
    .optional(),
});

/** The HKEX ↔ GRI crosswalk file: pairs of qualified codes with the reason they match. */
export const crosswalkSchema = z.strictObject({
  name: z.string().min(3),
  version: z.string().min(1),
  source: z.string().min(3),
  notes: z.array(z.string()),
  links: z
    .array(
      z.strictObject({
        hkex: z.string().regex(/^HKEX:\S+$/),
        gri: z.array(z.string().regex(/^GRI:\d+-\d+$/)).min(1),
        why: z.string().min(3),
      }),
    )
    .min(1),
});
