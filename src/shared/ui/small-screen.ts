/** Keep in step with the `max-width` of the small-screen rules in app.css. */
export const SMALL_SCREEN_QUERY = '(max-width: 720px)';

export function isSmallScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(SMALL_SCREEN_QUERY).matches;
}
