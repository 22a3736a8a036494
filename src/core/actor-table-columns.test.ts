/** The filter table made from the columns is the very table made from the rows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../tests/fixtures/actors';
import { featureArb } from '../../tests/fixtures/actor-arbitrary';
import { splitActors } from '../pipeline/data-files';
import { actorColumnsOf, actorFeaturesOf, packActorColumns } from './actor-columns';
import { actorTableOfColumns } from './actor-table-columns';
import { applyFilters, buildActorTable, EMPTY_FILTERS } from './filters';

const features = splitActors({ type: 'FeatureCollection', features: ACTORS }).collection.features;

describe('actorTableOfColumns', () => {
  it('gives the table of the rows, from the file’s columns and from the packed ones', () => {
    const columns = actorColumnsOf(features);
    const fromRows = buildActorTable(actorFeaturesOf(columns));
    expect(actorTableOfColumns(columns)).toEqual(fromRows);
    expect(actorTableOfColumns(packActorColumns(columns).columns)).toEqual(fromRows);
    expect(fromRows.regionCodes.length).toBeGreaterThanOrEqual(3);
    expect(fromRows.themes.length).toBeGreaterThanOrEqual(3);
  });

  it('filters the same: régions and themes keep their numbers', () => {
    const columns = actorColumnsOf(features);
    const table = actorTableOfColumns(columns);
    const region = table.regionCodes[1]!;
    const theme = table.themes[2]!;
    const filters = { ...EMPTY_FILTERS, regions: [region], themes: [theme] };
    expect(applyFilters(table, filters)).toEqual(applyFilters(buildActorTable(features), filters));
  });

  it('gives the table of any rows', () => {
    fc.assert(
      fc.property(fc.array(featureArb, { maxLength: 40 }), (rows) => {
        const columns = packActorColumns(JSON.parse(JSON.stringify(actorColumnsOf(rows)))).columns;
        expect(actorTableOfColumns(columns)).toEqual(buildActorTable(actorFeaturesOf(columns)));
      }),
    );
  });
});
