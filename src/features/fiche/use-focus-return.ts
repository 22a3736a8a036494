import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Focus for the detail panel: when a sheet opens (or another one replaces it), the focus goes to
 * its heading and the element that opened it is remembered; when it closes, the focus goes back
 * there (or to the actor's row in the list, or to the map). A sheet open when the page loads
 * (from the URL) does not take the focus.
 */
export function useFocusReturn(
  selected: string | null,
  panelRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
) {
  const previous = useRef(selected);
  const opener = useRef<HTMLElement | null>(null);

  const restore = useCallback(
    (id: string | null) => {
      const candidates = [
        opener.current,
        id ? document.querySelector<HTMLElement>(`[data-actor-row="${CSS.escape(id)}"]`) : null,
        document.querySelector<HTMLElement>('.map-area'),
      ];
      // Only what is shown can take the focus: on a phone the opener may lie in the folded filter sheet.
      const target = candidates.find((el) => el?.isConnected && el.getClientRects().length > 0 && !panelRef.current?.contains(el));
      opener.current = null;
      target?.focus();
    },
    [panelRef],
  );

  useEffect(() => {
    const before = previous.current;
    if (selected === before) return;
    previous.current = selected;
    if (selected === null) {
      // Closed from elsewhere (map, history): only step in if the focus was lost with the panel.
      if (document.activeElement === document.body || document.activeElement === null) restore(before);
      else opener.current = null;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !panelRef.current?.contains(active)) {
      opener.current = active;
    }
    headingRef.current?.focus();
  }, [selected, restore, panelRef, headingRef]);

  return restore;
}
