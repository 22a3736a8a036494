/**
 * The types of the files the pipeline writes and the app loads (under `public/data/`), inferred
 * from their schemas in `schema.ts`, where each field is described.
 */
import type { z } from './zod';
import type {
  ActorCollectionSchema,
  ActorContactSchema,
  ActorDetailsSchema,
  ActorFeatureSchema,
  ActorMapPropertiesSchema,
  ActorRecordPropertiesSchema,
  DatasetMetaSchema,
  DetailsShardSchema,
  LinkSchema,
} from './schema';

/** What `actors.columns.json` holds of an actor: all the first map, the filters, the list and the search by name need. */
export type ActorProperties = z.infer<typeof ActorMapPropertiesSchema>;
export type ActorFeature = z.infer<typeof ActorFeatureSchema>;
export type ActorCollection = z.infer<typeof ActorCollectionSchema>;
/** What only the fiche and the exports need of an actor (`details/<k>.json`). */
export type ActorDetails = z.infer<typeof ActorDetailsSchema>;
export type DetailsShard = z.infer<typeof DetailsShardSchema>;
/** How to reach an actor (a part of its details); only what may be published. */
export type ActorContact = z.infer<typeof ActorContactSchema>;
/** Every property of an actor, as the pipeline builds it (the two files together). */
export type ActorRecordProperties = z.infer<typeof ActorRecordPropertiesSchema>;
export type ActorRecordFeature = Omit<ActorFeature, 'properties'> & { properties: ActorRecordProperties };
export interface ActorRecordCollection {
  type: 'FeatureCollection';
  features: ActorRecordFeature[];
}
export type Link = z.infer<typeof LinkSchema>;
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;
