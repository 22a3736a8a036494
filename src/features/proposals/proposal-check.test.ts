import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../tests/fixtures/places';
import { CHECK_MESSAGES, checkProposal } from './proposal-check';
import type { Proposal } from './proposal-schema';

const AT = '2026-12-06T08:00:00.000Z';
const check = (p: Omit<Proposal, 'v' | 'at'>, withPlaces = true) =>
  checkProposal({ v: 1, at: AT, ...p }, withPlaces ? { places: FIXTURE_PLACES, today: '2026-12-06' } : {});

describe('a proposal’s fields', () => {
  it('are clean when the pipeline would read them without a word', () => {
    expect(
      check({
        kind: 'new',
        fields: {
          name: 'Tiers-lieu du Clain',
          practices: 'lieu;Dialogue territorial',
          profile: 'Association',
          commune: '86194',
          website: 'www.clain.fr',
        },
      }),
    ).toEqual([]);
  });

  it('get the pipeline’s own messages, on the field concerned, all at once', () => {
    expect(
      check({
        kind: 'new',
        fields: {
          name: '',
          website: 'ftp://exemple.fr',
          practices: 'dialogue;jardinage',
          profile: 'club',
          email: 'pas-une-adresse',
          phone: '12',
          commune: 'Atlantide',
        },
      }),
    ).toEqual([
      { field: 'name', severity: 'error', message: 'nom vide' },
      { field: 'practices', severity: 'warning', message: 'pratique inconnue (attendu : dialogue, experimentation, accompagnement, lieu)' },
      expect.objectContaining({ field: 'profile' }),
      expect.objectContaining({ field: 'website' }),
      expect.objectContaining({ field: 'commune' }),
      expect.objectContaining({ field: 'email' }),
      expect.objectContaining({ field: 'phone' }),
    ]);
  });

  it('of a correction are read as they stand: its name is not required', () => {
    expect(check({ kind: 'correction', actorId: 'a1', fields: { website: 'javascript:alert(1)' } })).toEqual([
      { field: 'website', severity: 'warning', message: 'adresse web invalide (seules les adresses http et https sont acceptées)' },
    ]);
    expect(check({ kind: 'correction', actorId: 'a1', fields: { website: 'https://ok.fr' } })).toEqual([]);
    expect(check({ kind: 'correction', actorId: 'a1', fields: {} })).toEqual([
      { field: 'fields', severity: 'error', message: CHECK_MESSAGES.noChange },
    ]);
  });

  it('say what the pipeline says of each bad value', () => {
    const problems = check({
      kind: 'correction',
      actorId: 'a1',
      fields: {
        website: 'ftp://exemple.fr',
        practices: 'dialogue;jardinage',
        profile: 'club',
        email: 'pas-une-adresse',
        phone: '12',
        contactPage: 'exemple',
      },
    });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['practices', 'pratique inconnue (attendu : dialogue, experimentation, accompagnement, lieu)'],
      ['profile', 'profil inconnu (attendu : collectivite, association, entreprise, accompagnateur, institution, academique)'],
      ['website', 'adresse web invalide (seules les adresses http et https sont acceptées)'],
      ['email', 'adresse de courriel invalide (attendu : nom@domaine.fr, sans espace ni accent)'],
      ['phone', 'numéro de téléphone invalide (attendu : 10 chiffres, « 05 49 12 34 56 », ou l’indicatif d’un pays, « +32 … »)'],
      ['contactPage', 'adresse web invalide (seules les adresses http et https sont acceptées)'],
    ]);
  });

  it('check the commune against the gazetteer when it is at hand, and only then', () => {
    const fiche = { kind: 'correction' as const, actorId: 'a1', fields: { commune: 'Atlantide' } };
    expect(check(fiche).map((p) => p.field)).toContain('commune');
    expect(check(fiche, false)).toEqual([]);
  });

  it('of a report: the reason « other » needs a few words; the proposer’s email must be one', () => {
    expect(check({ kind: 'report', actorId: 'a1', fields: {}, report: { reason: 'closed', text: '' } })).toEqual([]);
    expect(check({ kind: 'report', actorId: 'a1', fields: {}, report: { reason: 'other', text: ' ' } })).toEqual([
      { field: 'report', severity: 'error', message: CHECK_MESSAGES.reportText },
    ]);
    expect(check({ kind: 'report', actorId: 'a1', fields: {}, report: { reason: 'closed', text: '' }, from: { email: 'moi@' } })).toEqual([
      { field: 'fromEmail', severity: 'error', message: CHECK_MESSAGES.fromEmail },
    ]);
  });
});
