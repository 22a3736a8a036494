import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../core/filters';
import { exportFileName, type ExportNaming } from './export-file-name';

const REGIONS: Record<string, string> = { '75': 'Nouvelle-Aquitaine', '94': 'Corse' };
const DEPARTEMENTS: Record<string, string> = { '2A': 'Corse-du-Sud', '33': 'Gironde' };

const naming = (over: Partial<Omit<ExportNaming, 'filters'>> & { filters?: Partial<ExportNaming['filters']> } = {}): ExportNaming => ({
  inView: false,
  regionName: (code) => REGIONS[code],
  departementName: (code) => DEPARTEMENTS[code],
  date: new Date(2026, 11, 5, 9, 30),
  lang: 'fr',
  ...over,
  filters: { ...EMPTY_FILTERS, ...over.filters },
});

describe('the name of an exported file', () => {
  it('says the région by name, the practice and the date', () => {
    expect(exportFileName('csv', naming({ filters: { regions: ['75'], practices: ['lieu'] } }))).toBe(
      'catalyseurs-nouvelle-aquitaine-lieu-2026-12-05.csv',
    );
  });

  it('is only « catalyseurs » and the date without filters, for each format', () => {
    expect(exportFileName('csv', naming())).toBe('catalyseurs-2026-12-05.csv');
    expect(exportFileName('csv-comma', naming())).toBe('catalyseurs-2026-12-05-virgule.csv');
    expect(exportFileName('csv-comma', naming({ lang: 'en' }))).toBe('catalyseurs-2026-12-05-comma.csv');
    expect(exportFileName('geojson', naming())).toBe('catalyseurs-2026-12-05.geojson');
  });

  it('names départements, keeps an unknown code, and adds the search, the data and the visible area', () => {
    expect(
      exportFileName(
        'csv',
        naming({ inView: true, filters: { departements: ['2A', '999'], data: 'sample', minQualification: 0.5, text: 'Pau' } }),
      ),
    ).toBe('catalyseurs-corse-du-sud-999-exemples-qualification-50-recherche-pau-zone-visible-2026-12-05.csv');
  });

  it('stops the filter part before it grows too long', () => {
    const themes = Array.from({ length: 20 }, (_, i) => `thème numéro ${i}`);
    const name = exportFileName('csv', naming({ filters: { themes } }));
    expect(name.length).toBeLessThan(110);
    expect(name.endsWith('-2026-12-05.csv')).toBe(true);
    expect(name.startsWith('catalyseurs-theme-numero-0-theme-numero-1-')).toBe(true);
  });
});
