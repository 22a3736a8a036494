/**
 * The shapes of an actor's contact details, written once: the pipeline reads cells into them and
 * the app's schema checks the files against them.
 *
 * Email addresses: a practical subset of RFC 5322 that every mail program accepts, and that can be
 * put after `mailto:` as it is (RFC 6068): letters, digits and `_ + - '` in dot-separated parts
 * before the `@`; a domain name of two labels or more (letters, digits, inner hyphens) ending in a
 * top-level domain of letters (or a `xn--` one). `?`, `#`, `%`, spaces and quotes are refused, so
 * that no address can add headers (`?bcc=`) to the message a reader's `mailto:` link opens.
 */

const LOCAL = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Longest address a mail server must accept (RFC 5321: 64 + 1 + 255, in practice 254). */
export const MAX_EMAIL_LENGTH = 254;

export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const labels = value.slice(at + 1).split('.');
  return LOCAL.test(value.slice(0, at)) && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOP_LEVEL.test(labels.at(-1) ?? '');
}

/** A phone number in E.164 form (`+33549123456`): what a `tel:` link holds. */
export const E164 = /^\+[1-9]\d{5,14}$/;
