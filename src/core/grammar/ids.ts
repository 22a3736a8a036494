/**
 * An actor's identifier, as sheets, URLs (`actor=`) and host messages carry it: a letter or digit,
 * then letters, digits and `_ . : -`, 100 characters at most.
 */
export const ACTOR_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export function isActorId(value: string): boolean {
  return ACTOR_ID.test(value);
}
