/** What the embed measures about itself for its host: its map's readiness and the height it needs. */
import { useEffect, useState, type RefObject } from 'react';
import { embedEvent, MAX_FRAME_HEIGHT } from './embed-messages';
import { MIN_FRAME_HEIGHT } from '../embed-dialog/embed-snippet';
import type { HostChannel } from './host-channel';

/** True once the map has drawn its data (`MapView` marks the document). */
export function useMapReady(): boolean {
  const root = document.documentElement;
  const [ready, setReady] = useState(() => root.dataset['mapReady'] === 'true');
  useEffect(() => {
    const observer = new MutationObserver(() => setReady(root.dataset['mapReady'] === 'true'));
    observer.observe(root, { attributes: true, attributeFilter: ['data-map-ready'] });
    return () => observer.disconnect();
  }, [root]);
  return ready;
}

/**
 * Posts `resize` with the height the frame needs: its bars (which wrap on narrow screens) plus a
 * usable map. The map and the list fill whatever is left and scroll inside, so the need does not
 * depend on the frame's own height (no feedback loop with the host).
 */
export function useFrameHeight(channel: HostChannel, root: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const rootEl = root.current;
    const contentEl = content.current;
    if (!channel.framed || !rootEl || !contentEl) return;
    let last = -1;
    const measure = () => {
      const chrome = rootEl.getBoundingClientRect().height - contentEl.getBoundingClientRect().height;
      const height = Math.min(MAX_FRAME_HEIGHT, Math.ceil(Math.max(0, chrome) + MIN_FRAME_HEIGHT));
      if (height === last) return;
      last = height;
      channel.post(embedEvent({ type: 'resize', height }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(rootEl);
    observer.observe(contentEl);
    return () => observer.disconnect();
  }, [channel, root, content]);
}
