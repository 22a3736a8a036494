/**
 * A proposal as a link: `atelier.html#proposition=1.<base64url>`, where the bytes are a CRC-32 of
 * the proposal's JSON (4 bytes, big-endian) then the JSON compressed (raw DEFLATE, fflate). The
 * fragment never reaches a server; the checksum tells a truncated or damaged link apart from a
 * good one. Decoding never throws: hostile input gives a list of French messages.
 */
import { deflateSync, Inflate } from 'fflate';
import { describeIssue, type SchemaIssue } from '../../core/zod';
import { checkProposal, type CheckOptions, type FieldProblem } from './proposal-check';
import { FIELD_MAX_LENGTH, PROPOSAL_VERSION, ProposalSchema, TEXT_MAX_LENGTH, type Proposal } from './proposal-schema';
import { crc32, fromBase64Url, toBase64Url } from './link-bytes';

/** The parameter of the workshop's fragment that carries a proposal. */
export const PROPOSAL_PARAM = 'proposition';
/** The link format: the version before the dot. */
const FORMAT = String(PROPOSAL_VERSION);
/** Longest encoded proposal read (characters after `proposition=`); a fiche with a long description takes ~3,000. */
export const MAX_ENCODED_LENGTH = 24_000;
/** Longest proposal JSON once decompressed, in bytes: a small link cannot unfold into megabytes. */
export const MAX_JSON_BYTES = 64_000;

export const DECODE_MESSAGES = {
  empty: 'aucune proposition dans ce texte (attendu : un lien qui contient « #proposition= »)',
  tooLong: `lien trop long (plus de ${MAX_ENCODED_LENGTH} caractères) : il n’a pas été lu`,
  version: 'version de proposition inconnue : ce lien vient d’une autre version de l’atlas',
  damaged: 'lien abîmé ou incomplet : copiez-le en entier, tel qu’il a été envoyé',
  tooBig: `proposition trop grande (plus de ${MAX_JSON_BYTES} octets une fois décompressée) : elle n’a pas été lue`,
  notJson: 'le contenu du lien n’est pas une proposition lisible',
} as const;

export type ProposalDecoding =
  /** `problems`: what the pipeline says of its fields (empty: nothing to fix). */
  | { ok: true; proposal: Proposal; problems: FieldProblem[] }
  /** The link cannot be read: nothing of it may be used. */
  | { ok: false; errors: string[] };

/** The proposal's part of a link: `1.<base64url>`. */
export function encodeProposal(proposal: Proposal): string {
  const json = new TextEncoder().encode(JSON.stringify(proposal));
  const packed = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(4 + packed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(json));
  bytes.set(packed, 4);
  return `${FORMAT}.${toBase64Url(bytes)}`;
}

/** The workshop's address with the proposal in its fragment. */
export function proposalLink(workshopUrl: string, proposal: Proposal): string {
  return `${workshopUrl.replace(/#.*$/, '')}#${PROPOSAL_PARAM}=${encodeProposal(proposal)}`;
}

const IN_TEXT = new RegExp(`${PROPOSAL_PARAM}=([^\\s&#"'<>]+)`, 'g');

/** The encoded proposals of a text (a link, an email with several, a file), in order, each once. */
export function findProposalTokens(text: string): string[] {
  return [...new Set([...text.matchAll(IN_TEXT)].map((m) => m[1] as string))];
}

/**
 * A link, its fragment or the encoded proposal alone → the proposal and what the pipeline says of
 * its fields, or why it cannot be read. `options.places` checks the commune against the gazetteer.
 */
export function decodeProposal(input: string, options: CheckOptions = {}): ProposalDecoding {
  const read = readProposal(input);
  if (!read.ok) return read;
  return { ok: true, proposal: read.proposal, problems: checkProposal(read.proposal, options) };
}

function readProposal(input: string): { ok: true; proposal: Proposal } | { ok: false; errors: string[] } {
  const fail = (...errors: string[]) => ({ ok: false as const, errors });
  if (typeof input !== 'string') return fail(DECODE_MESSAGES.empty);
  // Mail programs wrap long links: the line breaks and spaces are not the link's.
  const text = input.replace(/\s+/g, '');
  const token = text.includes(`${PROPOSAL_PARAM}=`) ? (findProposalTokens(text)[0] ?? '') : text;
  if (token === '') return fail(DECODE_MESSAGES.empty);
  if (token.length > MAX_ENCODED_LENGTH) return fail(DECODE_MESSAGES.tooLong);
  const dot = token.indexOf('.');
  if (dot < 0) return fail(DECODE_MESSAGES.damaged);
  if (token.slice(0, dot) !== FORMAT) return fail(DECODE_MESSAGES.version);
  const bytes = fromBase64Url(token.slice(dot + 1));
  if (!bytes || bytes.length < 6) return fail(DECODE_MESSAGES.damaged);
  const json = inflateBounded(bytes.subarray(4));
  if (json === 'too-big') return fail(DECODE_MESSAGES.tooBig);
  if (!json || crc32(json) !== new DataView(bytes.buffer, bytes.byteOffset).getUint32(0)) return fail(DECODE_MESSAGES.damaged);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail(DECODE_MESSAGES.notJson);
  }
  const parsed = ProposalSchema.safeParse(value);
  if (!parsed.success) return fail(...new Set(parsed.error.issues.map((i) => issueMessage(i as SchemaIssue, value))));
  return { ok: true, proposal: parsed.data };
}

/** The inflated bytes, `too-big` past the limit, or undefined for a stream that is not whole. */
function inflateBounded(packed: Uint8Array): Uint8Array | 'too-big' | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) {
      tooBig = true;
      throw new Error('too big');
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    inflate.push(packed, true);
  } catch {
    return tooBig ? 'too-big' : undefined;
  }
  if (!ended) return undefined;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  actorId: 'identifiant de la fiche',
  report: 'signalement',
  note: 'message',
  from: 'expéditeur',
  at: 'date',
  kind: 'nature de la proposition',
  fields: 'champs de la fiche',
};

/** A schema issue in words: where, then what. */
function issueMessage(issue: SchemaIssue, value: unknown): string {
  const path = issue.path.map(String);
  if (path.length === 0 && issue.code === 'invalid_type') return DECODE_MESSAGES.notJson;
  if (path[0] === 'v') return DECODE_MESSAGES.version;
  const where =
    path[0] === 'fields' && path[1] ? `champ « ${path[1]} »` : (FIELD_NAMES[path[0] ?? ''] ?? (path.join('.') || 'proposition'));
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where} : champ(s) inconnu(s) ${(issue.keys ?? []).map((k) => `« ${k.slice(0, 40)} »`).join(', ')}`;
    case 'too_big':
      return `${where} : texte trop long (au plus ${String(issue.maximum)} caractères)`;
    case 'invalid_type':
      return `${where} : ${issue.expected === 'string' ? 'texte attendu' : 'valeur de forme inattendue'}`;
    case 'invalid_value':
      return `${where} : valeur inconnue`;
    case 'invalid_format':
      return `${where} : date illisible`;
    default:
      if (issue.message === 'control') return `${where} : caractères de contrôle non admis (texte seulement)`;
      if (issue.message === 'actorId')
        return (value as Partial<Proposal>).kind === 'new' ? 'une nouvelle fiche ne vise pas de fiche existante' : 'la fiche visée manque';
      if (issue.message === 'report') return 'le signalement manque, ou accompagne autre chose qu’un signalement';
      return `${where} : ${describeIssue(issue)}`;
  }
}

/** The limits a form needs to keep its fields within what the decoder accepts. */
export { FIELD_MAX_LENGTH, TEXT_MAX_LENGTH };
