/**
 * The network's build-time settings for proposals: `VITE_PROPOSALS_EMAIL`, the address the
 * « Envoyer par e-mail » option writes to, and `VITE_PROPOSALS_ENDPOINT`, a form service that
 * receives proposals as JSON. Unset or unusable: the option is not offered.
 */
import { isEmailAddress } from '../../core/grammar/contact';
import { safeUrl } from '../../core/grammar/text';

export function emailSetting(raw: unknown): string | undefined {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return isEmailAddress(value) ? value : undefined;
}

export function endpointSetting(raw: unknown): string | undefined {
  const value = typeof raw === 'string' ? raw.trim() : '';
  return /^https?:\/\//i.test(value) ? safeUrl(value) || undefined : undefined;
}

export type PostResult = { ok: true } | { ok: false; reason: string };

/** POSTs the payload as JSON; the answer is a success (2xx) or a reason to show. */
export async function postProposal(endpoint: string, payload: unknown, fetchFn: typeof fetch = fetch): Promise<PostResult> {
  try {
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
    });
    return response.ok ? { ok: true } : { ok: false, reason: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
