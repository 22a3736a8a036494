import { describe, expect, it } from 'vitest';
import type { ActorDetails, ActorProperties } from '../../core/model';
import { changedFields, draftOfFiche, draftToProposal, newDraft, togglePractice } from './proposal-draft';
import { mailtoHref, proposalFileName, proposalSubject, proposalSummary } from './proposal-summary';
import { emailSetting, endpointSetting, postProposal } from './proposal-settings';

const AT = '2026-12-06T08:00:00.000Z';
const actor: ActorProperties = {
  id: 'ptce-les-mureaux',
  name: 'PTCE Les Mureaux',
  kind: 'project',
  practices: ['experimentation'],
  profile: null,
  scope: 'local',
  themes: ['emploi'],
  region: '11',
  departement: '78',
  commune: '78440',
  communeName: 'Les Mureaux',
  precision: 'commune',
  sample: false,
  qualification: 0.5,
  missing: [],
};
const details: ActorDetails = {
  id: actor.id,
  description: 'Pôle territorial de coopération économique',
  website: '',
  sources: [],
  locationBasis: 'seed',
  verifiedAt: '',
  contact: { phone: '01 30 91 00 00', social: ['https://a.example/x', 'https://b.example/y'] },
};

describe('the form’s draft', () => {
  it('of a correction starts from the fiche and sends only what changed', () => {
    const draft = draftOfFiche('correction', actor, details);
    expect(draft.communeLabel).toBe('Les Mureaux (78)');
    expect(draft.cells.social).toBe('https://a.example/x\nhttps://b.example/y');
    expect(changedFields(draft)).toEqual([]);
    draft.cells.website = ' https://ptce-mureaux.example.fr ';
    draft.cells.practices = togglePractice(draft.cells.practices, 'dialogue', true);
    draft.fromEmail = 'moi@exemple.fr';
    expect(draftToProposal(draft, AT)).toEqual({
      v: 1,
      kind: 'correction',
      actorId: 'ptce-les-mureaux',
      fields: { practices: 'dialogue;experimentation', website: 'https://ptce-mureaux.example.fr' },
      from: { email: 'moi@exemple.fr' },
      at: AT,
    });
  });

  it('of a new fiche sends its filled fields; a report its reason only', () => {
    const draft = newDraft();
    draft.cells.name = 'Le Catalyseur';
    draft.cells.practices = togglePractice(togglePractice('', 'lieu', true), 'lieu', false);
    expect(draftToProposal(draft, AT)).toEqual({ v: 1, kind: 'new', fields: { name: 'Le Catalyseur', kind: 'actor' }, at: AT });
    const report = { ...draftOfFiche('report', actor, details), reason: 'moved' as const, reportText: ' Rue de la Gare ' };
    report.cells.name = 'changed but not sent';
    expect(draftToProposal(report, AT)).toEqual({
      v: 1,
      kind: 'report',
      actorId: actor.id,
      fields: {},
      report: { reason: 'moved', text: 'Rue de la Gare' },
      at: AT,
    });
  });
});

describe('a proposal for people', () => {
  const proposal = draftToProposal(
    { ...newDraft(), cells: { ...newDraft().cells, name: 'Le Catalyseur', practices: 'dialogue;lieu', commune: '31555' } },
    AT,
  );

  it('reads with the vocabulary’s labels, then the link', () => {
    expect(proposalSubject(proposal)).toBe('Atlas des catalyseurs – nouvelle fiche « Le Catalyseur »');
    expect(proposalSummary(proposal, 'https://x/atelier.html#proposition=1.AB', { communeLabel: 'Toulouse (31)' }).split('\n')).toEqual([
      'Proposition : nouvelle fiche',
      `Date : ${AT}`,
      '',
      'Nom : Le Catalyseur',
      'Nature : Acteur',
      "Pratiques : Dialogue territorial, Gestion d'un lieu",
      'Commune : Toulouse (31)',
      '',
      'Pour relire et décider, ouvrez ce lien dans l’atelier des données :',
      'https://x/atelier.html#proposition=1.AB',
      '',
    ]);
    expect(proposalFileName(proposal)).toBe('proposition-le-catalyseur-2026-12-06.txt');
  });

  it('goes by mail with its subject and body encoded', () => {
    expect(mailtoHref('reseau@exemple.org', 'Sujet & co', 'a\nb=c')).toBe(
      'mailto:reseau@exemple.org?subject=Sujet%20%26%20co&body=a%0D%0Ab%3Dc',
    );
  });
});

describe('the build’s settings', () => {
  it('offer an option only for a usable address or endpoint', () => {
    expect(emailSetting(' reseau@catalyseurs.example.org ')).toBe('reseau@catalyseurs.example.org');
    expect(emailSetting('')).toBeUndefined();
    expect(emailSetting('pas une adresse')).toBeUndefined();
    expect(emailSetting(undefined)).toBeUndefined();
    expect(endpointSetting('https://formspree.io/f/abc')).toBe('https://formspree.io/f/abc');
    expect(endpointSetting('javascript:alert(1)')).toBeUndefined();
    expect(endpointSetting('formspree.io/f/abc')).toBeUndefined();
  });

  it('say whether the endpoint took the proposal', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const ok = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    expect(await postProposal('https://f.example/x', { a: 1 }, ok)).toEqual({ ok: true });
    expect(calls[0]?.[1]?.body).toBe('{"a":1}');
    expect(calls[0]?.[1]?.method).toBe('POST');
    const refused = (async () => new Response('', { status: 422 })) as typeof fetch;
    expect(await postProposal('https://f.example/x', {}, refused)).toEqual({ ok: false, reason: 'HTTP 422' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await postProposal('https://f.example/x', {}, offline)).toEqual({ ok: false, reason: 'Failed to fetch' });
  });
});
