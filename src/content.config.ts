// Wires each collection to the AIMS loader. Schemas live in src/lib/schemas/, one module per
// collection; the loader validates with them and stores only what the current site may show.
import { defineCollection } from 'astro:content';
import { aimsLoader } from './integrations/astro-loader.ts';
import { COLLECTION_NAMES, type CollectionName } from './lib/schemas/index.ts';

export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: aimsLoader(name) })]),
) as Record<CollectionName, ReturnType<typeof defineCollection>>;
