/**
 * Schema of the basemap files (`basemap-overview.topo.json`, `basemap.topo.json`): a TopoJSON
 * topology with three collections, régions, départements and their labels, each geometry with the
 * properties the app reads. Checked when a file arrives (see `schema.ts` for the other files).
 */
import { z } from './zod';

/** Quantized TopoJSON: a scale and a translation applied to the arcs' integer positions. */
const Pair = z.tuple([z.number(), z.number()]);

/**
 * The arcs: lists of positions of at least two numbers. Checked by a plain loop: a zod schema per
 * position takes ~150 ms on the detailed basemap's 72,000 positions, this ~5 ms.
 */
const Arcs = z.custom<number[][][]>(
  (value) =>
    Array.isArray(value) &&
    value.every(
      (arc) =>
        Array.isArray(arc) &&
        arc.every((p) => Array.isArray(p) && p.length >= 2 && (p as unknown[]).every((n) => typeof n === 'number' && Number.isFinite(n))),
    ),
  { message: 'arcs must be lists of positions' },
);

/** Lists of arc indices nested `depth` deep, checked by a plain loop too (~15 ms as zod arrays). */
const arcIndices = <T>(depth: number) =>
  z.custom<T>((value) => nestedIntegers(value, depth), { message: 'arcs must be lists of arc indices' });

function nestedIntegers(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  if (depth === 0) return value.every((n) => Number.isInteger(n));
  return value.every((item) => nestedIntegers(item, depth - 1));
}

const Polygon = z.object({ type: z.literal('Polygon'), arcs: arcIndices<number[][]>(1) });
const MultiPolygon = z.object({ type: z.literal('MultiPolygon'), arcs: arcIndices<number[][][]>(2) });

/** A collection of areas, each with `properties`. */
const areas = <P extends z.ZodMiniObject>(properties: P) =>
  z.object({
    type: z.literal('GeometryCollection'),
    geometries: z.array(z.discriminatedUnion('type', [z.extend(Polygon, { properties }), z.extend(MultiPolygon, { properties })])),
  });

export const RegionPropertiesSchema = z.object({ code: z.string(), nom: z.string() });
export const DepartementPropertiesSchema = z.object({ code: z.string(), nom: z.string(), region: z.string() });
export const LabelPropertiesSchema = z.object({ code: z.string(), nom: z.string(), level: z.enum(['region', 'departement']) });

export const BasemapTopologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.optional(z.object({ scale: Pair, translate: Pair })),
  arcs: Arcs,
  objects: z.object({
    regions: areas(RegionPropertiesSchema),
    departements: areas(DepartementPropertiesSchema),
    labels: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(z.object({ type: z.literal('Point'), coordinates: Pair, properties: LabelPropertiesSchema })),
    }),
  }),
});
