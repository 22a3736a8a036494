/** The panel's markup, rendered on the server: the period's field, the summary, a région per disclosure. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { actor } from '../../../../tests/fixtures/actors';
import { territoryNames } from '../../../state/use-territory-names';
import { FreshnessPanel } from './freshness-panel';

const ACTORS = [
  actor({ id: 'a', name: 'Fiche a', verifiedAt: '2026-03-03', region: '75', departement: '86' }),
  actor({ id: 'b', name: 'Fiche b', verifiedAt: '2024-01-15', region: '75', departement: '86' }),
  actor({ id: 'c', name: 'Fiche c', verifiedAt: '', region: '11', departement: '94' }),
];

const render = (lang: 'fr' | 'en', initialMonths?: number) =>
  renderToStaticMarkup(
    createElement(FreshnessPanel, {
      actors: ACTORS,
      lang,
      names: territoryNames(undefined),
      today: '2026-12-06',
      ...(initialMonths === undefined ? {} : { initialMonths }),
    }),
  );

describe('FreshnessPanel', () => {
  it('labels the period, counts the fiches due and lists a région per disclosure, closed', () => {
    const html = render('fr');
    expect(html).toMatch(/<label for="([^"]+)">Fiches non vérifiées depuis \(en mois\)<\/label> <input id="\1" type="number"/);
    expect(html).toContain('value="12"');
    expect(html).toContain(
      '<p>Sur 3 fiches :</p><ul><li>1 vérifiée depuis moins de 12 mois ;</li><li>1 à revérifier (vérifiée le 6 déc. 2025 ou avant) ;</li><li>1 sans date de vérification.</li></ul>',
    );
    expect(html).toContain('<summary>Région 11 : 1 fiche à revoir</summary>');
    expect(html).toContain('<summary>Région 75 : 1 fiche à revoir</summary>');
    expect(html).not.toContain('<table');
  });

  it('takes another period and speaks English', () => {
    const html = render('en', 6);
    expect(html).toContain('value="6"');
    expect(html).toContain(
      '<p>Of 3 records:</p><ul><li>0 checked within 6 months;</li><li>2 to check again (checked on 6 Jun 2026 or before);</li><li>1 with no verification date.</li></ul>',
    );
    expect(html).toContain('<summary>Region 75: 2 records to review</summary>');
  });
});
