/**
 * The types of the files the pipeline writes and the app loads (under `public/data/`), inferred
 * from their schemas in `schema.ts`, where each field is described.
 */
import type { z } from './zod';
import type { ActorCollectionSchema, ActorFeatureSchema, ActorPropertiesSchema, DatasetMetaSchema, LinkSchema } from './schema';

export type ActorProperties = z.infer<typeof ActorPropertiesSchema>;
export type ActorFeature = z.infer<typeof ActorFeatureSchema>;
export type ActorCollection = z.infer<typeof ActorCollectionSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;
