import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PLACES } from '../../../tests/fixtures/places';
import { crc32, toBase64Url } from './link-bytes';
import { decodeProposal, DECODE_MESSAGES, encodeProposal, findProposalTokens, MAX_ENCODED_LENGTH, proposalLink } from './proposal-codec';
import type { Proposal } from './proposal-schema';

const WORKSHOP = 'https://atlas.example.org/atelier.html';
const AT = '2026-12-06T08:00:00.000Z';

const newFiche: Proposal = {
  v: 1,
  kind: 'new',
  fields: {
    name: 'Maison des alliances du Rouergue',
    kind: 'actor',
    practices: 'dialogue;lieu',
    profile: 'association',
    commune: '86194',
    website: 'https://alliances-rouergue.example.org',
    description: 'Un lieu où élus, associations et entreprises se rencontrent — « tiers-lieu » ✓',
    email: 'contact@alliances-rouergue.example.org',
    phone: '05 49 12 34 56',
  },
  from: { name: 'Camille', email: 'camille@mairie.example.fr' },
  at: AT,
};

/** A token built by hand: any JSON, any checksum, any version. */
function rawToken(json: string, options: { version?: string; crc?: number } = {}): string {
  const bytes = new TextEncoder().encode(json);
  const packed = deflateSync(bytes);
  const out = new Uint8Array(4 + packed.length);
  new DataView(out.buffer).setUint32(0, options.crc ?? crc32(bytes));
  out.set(packed, 4);
  return `${options.version ?? '1'}.${toBase64Url(out)}`;
}

function errorsOf(input: string): string[] {
  const r = decodeProposal(input);
  if (r.ok) throw new Error('expected the link to be refused');
  return r.errors;
}

describe('a proposal link', () => {
  it('goes to the workshop and comes back the same, from the link, its fragment or the token', () => {
    const link = proposalLink(`${WORKSHOP}#ailleurs`, newFiche);
    expect(link.startsWith(`${WORKSHOP}#proposition=1.`)).toBe(true);
    for (const input of [link, link.slice(link.indexOf('#')), encodeProposal(newFiche), `Bonjour,\n voici ma fiche : ${link} \nMerci`]) {
      expect(decodeProposal(input, { places: FIXTURE_PLACES })).toEqual({ ok: true, proposal: newFiche, problems: [] });
    }
  });

  it('is compact: a full fiche fits in a mail link', () => {
    expect(encodeProposal(newFiche).length).toBeLessThan(600);
  });

  it('survives the line breaks a mail program puts in it', () => {
    const link = proposalLink(WORKSHOP, newFiche);
    const wrapped = link.replace(/(.{70})/g, '$1\n');
    expect(decodeProposal(wrapped)).toMatchObject({ ok: true, proposal: newFiche });
  });

  it('finds each proposal of a pasted text once', () => {
    const a = encodeProposal(newFiche);
    const b = encodeProposal({ ...newFiche, fields: { name: 'Autre' } });
    expect(findProposalTokens(`${WORKSHOP}#proposition=${a}\n${WORKSHOP}#proposition=${b} et ${WORKSHOP}#proposition=${a}`)).toEqual([
      a,
      b,
    ]);
  });
});

describe('a damaged or hostile link', () => {
  const token = encodeProposal(newFiche);

  it('is refused when truncated, at any length', () => {
    for (let cut = 1; cut < token.length - 1; cut += 7) {
      expect(errorsOf(token.slice(0, token.length - cut))).toEqual([expect.stringMatching(/abîmé|version|aucune/)]);
    }
    expect(errorsOf(token.slice(0, token.length - 3))).toEqual([DECODE_MESSAGES.damaged]);
  });

  it('is refused when a character is changed', () => {
    for (const at of [2, 5, 10, 40, token.length - 2]) {
      const c = token[at] === 'A' ? 'B' : 'A';
      const altered = token.slice(0, at) + c + token.slice(at + 1);
      expect(errorsOf(altered)).toEqual([DECODE_MESSAGES.damaged]);
    }
  });

  it('is refused when its checksum does not match, even if the rest reads', () => {
    expect(errorsOf(rawToken(JSON.stringify(newFiche), { crc: 12345 }))).toEqual([DECODE_MESSAGES.damaged]);
  });

  it('is refused for another version, of the link or of the proposal', () => {
    expect(errorsOf(rawToken(JSON.stringify(newFiche), { version: '2' }))).toEqual([DECODE_MESSAGES.version]);
    expect(errorsOf(rawToken(JSON.stringify({ ...newFiche, v: 2 })))).toEqual([DECODE_MESSAGES.version]);
  });

  it('is refused when too long, before anything is decoded', () => {
    expect(errorsOf(`1.${'A'.repeat(MAX_ENCODED_LENGTH)}`)).toEqual([DECODE_MESSAGES.tooLong]);
  });

  it('cannot unfold into megabytes', () => {
    const bomb = JSON.stringify({ ...newFiche, note: ' '.repeat(1_000_000) });
    expect(rawToken(bomb).length).toBeLessThan(MAX_ENCODED_LENGTH);
    expect(errorsOf(rawToken(bomb))).toEqual([DECODE_MESSAGES.tooBig]);
  });

  it('is refused with the field named when a text is too long', () => {
    const long = { ...newFiche, fields: { ...newFiche.fields, description: 'x'.repeat(4001) } };
    expect(errorsOf(rawToken(JSON.stringify(long)))).toEqual(['champ « description » : texte trop long (au plus 4000 caractères)']);
  });

  it('holds text only: no other field, no other type, no control characters', () => {
    const hostile = {
      ...newFiche,
      fields: { ...newFiche.fields, name: { toString: 1 }, __proto__field: 'x', street: 'rue\u0007\u001b[31m' },
      extra: true,
    };
    expect(errorsOf(rawToken(JSON.stringify(hostile))).sort()).toEqual(
      [
        'champ « name » : texte attendu',
        'champs de la fiche : champ(s) inconnu(s) « __proto__field »',
        'champ « street » : caractères de contrôle non admis (texte seulement)',
        'proposition : champ(s) inconnu(s) « extra »',
      ].sort(),
    );
  });

  it('is refused when it is not JSON, not UTF-8 or not an object', () => {
    expect(errorsOf(rawToken('{"v":1,'))).toEqual([DECODE_MESSAGES.notJson]);
    expect(errorsOf(rawToken('null'))).toEqual([DECODE_MESSAGES.notJson]);
    expect(errorsOf('1.%%%')).toEqual([DECODE_MESSAGES.damaged]);
    expect(errorsOf('')).toEqual([DECODE_MESSAGES.empty]);
    expect(errorsOf('bonjour')).toEqual([DECODE_MESSAGES.damaged]);
  });

  it('says which fiche is missing for a correction, and refuses a report without its reason', () => {
    expect(errorsOf(rawToken(JSON.stringify({ ...newFiche, kind: 'correction' })))).toEqual(['la fiche visée manque']);
    expect(errorsOf(rawToken(JSON.stringify({ ...newFiche, kind: 'report', actorId: 'a1' })))).toEqual([
      'le signalement manque, ou accompagne autre chose qu’un signalement',
    ]);
    expect(errorsOf(rawToken(JSON.stringify({ ...newFiche, at: 'hier' })))).toEqual(['date : date illisible']);
  });

  it('never throws, whatever the text', () => {
    const samples = ['#proposition=', 'proposition=1.', '1.', '1.AAAA', '1.A', `1.${'_'.repeat(500)}`, '\u0000'.repeat(20), '1.\u{1F600}'];
    for (const s of samples) expect(() => decodeProposal(s)).not.toThrow();
    for (let i = 0; i < 300; i += 1) {
      const bytes = new Uint8Array(8 + (i % 50)).map((_, j) => (i * 31 + j * 17) & 0xff);
      expect(decodeProposal(`1.${toBase64Url(bytes)}`).ok).toBe(false);
    }
  });
});
