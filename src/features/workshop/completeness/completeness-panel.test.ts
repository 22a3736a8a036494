/** The panel's markup, rendered on the server: tables with captions, headers and the domain's figures. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { actor } from '../../../../tests/fixtures/actors';
import type { QualificationField } from '../../../core/qualification';
import { territoryNames } from '../../../state/use-territory-names';
import { CompletenessPanel } from './completeness-panel';

const fiche = (id: string, missing: QualificationField[], departement: string) =>
  actor({ id, name: `Fiche ${id}`, missing, qualification: (11 - missing.length) / 11, region: '75', departement });

const ACTORS = [fiche('a', [], '86'), fiche('b', ['website'], '86'), fiche('c', ['website', 'sources'], '33')];

const render = (lang: 'fr' | 'en') =>
  renderToStaticMarkup(createElement(CompletenessPanel, { actors: ACTORS, lang, names: territoryNames(undefined) }));

describe('CompletenessPanel', () => {
  it('says the share of complete fiches and lays every table out with a caption and headers', () => {
    const html = render('fr');
    expect(html).toContain('<h2 id=');
    // The space before % is narrow or not, as the ICU data of the runtime says.
    expect(html).toMatch(/1 fiche complète sur 3 \(33\s%\)\./);
    for (const caption of [
      'Complétude par champ',
      'Complétude par département (cliquez un en-tête pour trier)',
      'Les 2 fiches les moins complètes, sur 2 incomplètes',
    ])
      expect(html).toContain(`<caption>${caption}</caption>`);
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('<th scope="row">Département 86</th>');
    expect(html).toContain('<strong>site web</strong>\u00a0: compléterait 1 fiche, manque à 2 fiches');
    expect(html).toMatch(/<th scope="row">Fiche c<\/th><td class="workshop-number">82\s%<\/td><td>site web, sources<\/td>/);
  });

  it('speaks English', () => {
    const html = render('en');
    expect(html).toContain('1 complete record out of 3 (33%).');
    expect(html).toContain('<strong>website</strong>: would complete 1 record, lacking in 2 records');
  });
});
