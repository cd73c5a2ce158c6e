import { z } from 'zod';
import { EsgError } from '../../core/index.js';
import data from './topic-links.data.json' with { type: 'json' };

const schema = z.object({
  version: z.string(),
  source: z.string(),
  topics: z.array(
    z.object({
      id: z.string(),
      phrases: z.array(z.string().min(2)).min(1),
      codes: z.array(z.string().regex(/^(HKEX|GRI):[A-Za-z0-9.]+$/)).min(1),
    }),
  ),
});

type TopicLinks = z.infer<typeof schema>;
let loaded: TopicLinks | undefined;

/** The built-in topic → disclosure links, validated on first use. */
export function topicLinkCatalogue(): TopicLinks {
  if (loaded) return loaded;
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new EsgError(
      'REFERENCE_DATA',
      `topic-links.data.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  loaded = parsed.data;
  return loaded;
}

/**
 * The qualified codes (aspects, standards) a survey topic is reported under: the preparer's own links
 * when given, else every catalogue entry one of whose phrases the topic's name contains.
 */
export function linkTopic(topic: string, overrides?: Readonly<Record<string, readonly string[]>>): string[] {
  const own = overrides?.[topic];
  if (own) return [...own];
  const text = topic.toLowerCase();
  const codes = new Set<string>();
  for (const entry of topicLinkCatalogue().topics) {
    if (entry.phrases.some((p) => text.includes(p))) for (const c of entry.codes) codes.add(c);
  }
  return [...codes];
}
