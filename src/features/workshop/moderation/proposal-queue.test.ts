import { describe, expect, it } from 'vitest';
import { DECODE_MESSAGES, encodeProposal, proposalLink } from '../../proposals/proposal-codec';
import { addToQueue, readProposalText } from './proposal-queue';
import { CORRECTION, NEW_FICHE } from './moderation-fixtures';

const WORKSHOP = 'https://atlas.example.org/atelier.html';

describe('readProposalText', () => {
  it('reads one link into a pending entry, every proposed field accepted at first', () => {
    const [entry, ...rest] = readProposalText(proposalLink(WORKSHOP, CORRECTION), { kind: 'link' });
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ status: 'pending', proposal: CORRECTION, problems: [] });
    expect(entry?.status === 'pending' && entry.decisions).toEqual({ practices: 'accept', website: 'accept', email: 'accept' });
  });

  it('reads every link of a pasted mail, in order, each once, and keeps the damaged one refused with the decoder’s words', () => {
    const good = proposalLink(WORKSHOP, NEW_FICHE);
    const damaged = proposalLink(WORKSHOP, CORRECTION).slice(0, -12);
    const mail = `Bonjour,\nvoici deux propositions :\n${good}\n\n> ${damaged}\nEncore la première : ${good}\nMerci`;
    const entries = readProposalText(mail, { kind: 'paste' });
    expect(entries.map((e) => e.status)).toEqual(['pending', 'refused']);
    expect(entries[1]).toMatchObject({ status: 'refused', errors: [DECODE_MESSAGES.damaged] });
    // Already in the queue: not read again.
    expect(readProposalText(mail, { kind: 'paste' }, new Set([encodeProposal(NEW_FICHE)])).map((e) => e.status)).toEqual(['refused']);
  });

  it('reads the file the atlas downloads, and says when a text holds no proposal', () => {
    const file = `Proposition : nouvelle fiche\n\nPour relire et décider, ouvrez ce lien dans l’atelier des données :\n${proposalLink(WORKSHOP, NEW_FICHE)}\n`;
    expect(readProposalText(file, { kind: 'file', name: 'proposition.txt' })).toMatchObject([
      { status: 'pending', proposal: NEW_FICHE, origin: { kind: 'file', name: 'proposition.txt' } },
    ]);
    const json = JSON.stringify({ subject: 'x', link: proposalLink(WORKSHOP, CORRECTION), proposal: CORRECTION });
    expect(readProposalText(json, { kind: 'file', name: 'p.json' })).toMatchObject([{ status: 'pending', proposal: CORRECTION }]);
    expect(readProposalText('bonjour à tous', { kind: 'paste' })).toMatchObject([{ status: 'refused', errors: [DECODE_MESSAGES.empty] }]);
    // The encoded part alone is a proposal too.
    expect(readProposalText(encodeProposal(CORRECTION), { kind: 'paste' })).toMatchObject([{ status: 'pending' }]);
  });

  it('reads a proposal with a field the pipeline finds wrong, and leaves that field refused', () => {
    const bad = { ...NEW_FICHE, fields: { ...NEW_FICHE.fields, website: 'ftp://x.example.fr' } };
    const [entry] = readProposalText(proposalLink(WORKSHOP, bad), { kind: 'link' });
    expect(entry?.status).toBe('pending');
    if (entry?.status !== 'pending') return;
    expect(entry.problems.map((p) => p.field)).toEqual(['website']);
    expect(entry.decisions.website).toBe('reject');
    expect(entry.decisions.name).toBe('accept');
  });
});

describe('addToQueue', () => {
  it('adds each link once', () => {
    const one = readProposalText(proposalLink(WORKSHOP, CORRECTION), { kind: 'link' });
    const two = readProposalText(`${proposalLink(WORKSHOP, CORRECTION)} ${proposalLink(WORKSHOP, NEW_FICHE)}`, { kind: 'paste' });
    expect(addToQueue(one, two).map((e) => e.status === 'refused' || e.proposal.kind)).toEqual(['correction', 'new']);
  });
});
