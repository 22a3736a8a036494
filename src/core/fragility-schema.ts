/** Schema of `fragility.json`, checked when it arrives (see `schema.ts` for the other files). */
import type { FragilityData } from './fragility-data';
import { DIMENSIONS } from './vocabulary';
import { z } from './zod';

const FragilityValueSchema = z.object({
  value: z.number(),
  previous: z.nullable(z.number()),
  indicator: z.number(),
  score: z.number(),
});

const FragilityIndexSchema = z.object({
  id: z.string(),
  dimension: z.enum(DIMENSIONS.codes),
  domain: z.string(),
  domainEn: z.string(),
  labelFr: z.string(),
  labelEn: z.string(),
  unit: z.string(),
  year: z.string(),
  previousYear: z.nullable(z.string()),
  higherIsMoreFragile: z.boolean(),
  indicatorKind: z.enum(['value', 'growth']),
  source: z.nullable(z.string()),
  careNoteFr: z.exactOptional(z.string()),
  careNoteEn: z.exactOptional(z.string()),
  valueNoteFr: z.exactOptional(z.string()),
  valueNoteEn: z.exactOptional(z.string()),
  values: z.record(z.string(), FragilityValueSchema),
});

const Region = z.object({ code: z.string(), name: z.string() });

/** Typed by `FragilityData`: a field the type requires cannot be left out of the check. */
export const FragilitySchema: z.ZodMiniType<FragilityData> = z.object({
  source: z.object({ credit: z.string(), url: z.string(), scaleFr: z.string(), scaleEn: z.string() }),
  indices: z.array(FragilityIndexSchema),
  regions: z.array(Region),
  national: Region,
});
