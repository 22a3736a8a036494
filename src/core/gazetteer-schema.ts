/** Schema of `gazetteer.json`, checked when it arrives (see `schema.ts` for the other files). */
import { numberIn, z } from './zod';
import { GAZETTEER_VERSION, type Gazetteer } from './gazetteer';

const Point = { lat: numberIn(-90, 90), lon: numberIn(-180, 180) };

const Columns = z
  .object({
    code: z.array(z.string()),
    name: z.array(z.string()),
    dep: z.array(z.string()),
    postcodes: z.array(z.string()),
    lat: z.array(z.number()),
    lon: z.array(z.number()),
    population: z.array(z.number()),
    parent: z.array(z.string()),
  })
  .check(z.refine((c) => Object.values(c).every((column) => column.length === c.code.length), 'columns of unequal length'));

export const GazetteerSchema: z.ZodMiniType<Gazetteer> = z.object({
  version: z.literal(GAZETTEER_VERSION),
  communes: Columns,
  departements: z.array(
    z.object({ code: z.string(), name: z.string(), region: z.string(), chefLieu: z.string(), ...Point, population: z.number() }),
  ),
  regions: z.array(z.object({ code: z.string(), name: z.string(), chefLieu: z.string(), ...Point, population: z.number() })),
});
