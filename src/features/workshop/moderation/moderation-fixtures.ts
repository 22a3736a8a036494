/** Proposals and a sheet for the moderation's unit tests (fictional organisations and people). */
import { parseCsv } from '../../../core/csv';
import type { Proposal } from '../../proposals/proposal-schema';
import type { ModeratedSheet } from './fiche-row';

export const SHEET_TEXT = [
  'name,entity,practices,profile,departement,commune,website',
  'Maison des alliances de Poitiers,actor,dialogue,association,86,86194,',
  'Atelier Commun,actor,lieu,association,69,69123,https://atelier-commun.example.fr',
].join('\n');

export function sheet(text = SHEET_TEXT): ModeratedSheet {
  return { name: 'acteurs.csv', role: 'actors', table: parseCsv(text), columns: {}, sample: false };
}

export const CORRECTION: Proposal = {
  v: 1,
  kind: 'correction',
  actorId: 'maison-des-alliances-de-poitiers',
  fields: {
    website: 'https://alliances-poitiers.example.fr',
    practices: 'dialogue;accompagnement',
    email: 'contact@alliances-poitiers.example.fr',
  },
  from: { name: 'Camille Martin', email: 'camille.martin@exemple-mairie.fr' },
  at: '2026-12-01T10:00:00+01:00',
};

export const NEW_FICHE: Proposal = {
  v: 1,
  kind: 'new',
  fields: {
    name: 'Atelier commun de Vénissieux',
    kind: 'actor',
    practices: 'lieu',
    commune: '69259',
    website: 'https://atelier-venissieux.example.fr',
  },
  from: { name: 'Dominique Durand', email: 'dominique@exemple-asso.fr' },
  at: '2026-12-02T09:30:00+01:00',
};

export const CLOSED: Proposal = {
  v: 1,
  kind: 'report',
  actorId: 'atelier-commun',
  fields: {},
  report: { reason: 'closed', text: 'Le local a fermé en novembre.' },
  at: '2026-12-03T08:00:00Z',
};
