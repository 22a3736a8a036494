/**
 * The fragility indices, loaded only when a coverage view needs them (the ranking).
 */
import { z } from '../domain/zod';
import type { FragilityData } from '../domain/fragility';
import { DIMENSIONS } from '../domain/vocabulary';
import { bySchema, jsonFileQuery } from './queries';

const fragilityValue = z.looseObject({
  value: z.number(),
  previous: z.number().nullable(),
  indicator: z.number(),
  score: z.number(),
});

const FragilitySchema = z.looseObject({
  source: z.looseObject({ credit: z.string(), url: z.string(), scaleFr: z.string(), scaleEn: z.string() }),
  indices: z.array(
    z.looseObject({
      id: z.string(),
      dimension: z.enum(DIMENSIONS.codes as unknown as [string, ...string[]]),
      labelFr: z.string(),
      labelEn: z.string(),
      values: z.record(z.string(), fragilityValue),
    }),
  ),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  national: z.object({ code: z.string(), name: z.string() }),
});

export function coverageFragilityQuery() {
  return jsonFileQuery<FragilityData>('fragility.json', bySchema(FragilitySchema) as (json: unknown) => { ok: true; value: FragilityData } | { ok: false; detail: string });
}
