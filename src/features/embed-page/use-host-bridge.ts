/**
 * Wires the embed to its host page: applies the host's commands to the store, and tells the host
 * when the map is ready, when the selected actor changes and when the filters change (whatever
 * caused the change: the reader, a link, or the host itself).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type RefObject } from 'react';
import { basemapQuery } from '../../state/queries';
import { applyFilterValues, embedEvent, filterValuesOf, snapshotOf, type Command } from './embed-messages';
import { normalizeFit } from './embed-params';
import { atlasStore, urlStateOf, useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import type { HostChannel } from './host-channel';
import { fitCamera } from './use-fit-camera';

export function useHostBridge(
  channel: HostChannel,
  view: FilteredView | undefined,
  ready: boolean,
  mapBox: RefObject<HTMLElement | null>,
): void {
  const basemap = useQuery(basemapQuery());
  const latest = useRef({ view, shapes: basemap.data });
  latest.current = { view, shapes: basemap.data };
  const filters = useAtlas((s) => s.filters);
  const selected = useAtlas((s) => s.selected);
  const sent = useRef<{ ready: boolean; filters: string; selected: string | null }>({ ready: false, filters: '', selected: null });

  useEffect(() => {
    const snapshot = () => {
      const v = latest.current.view;
      return snapshotOf(urlStateOf(atlasStore.getState()), v?.result.total ?? 0, v?.data.features.length ?? 0);
    };
    const apply = (command: Command) => {
      const store = atlasStore.getState();
      switch (command.type) {
        case 'setFilters':
          store.applyUrlState({ ...urlStateOf(store), filters: applyFilterValues(command.filters, store.filters, command.merge ?? false) });
          return;
        case 'select': {
          const data = latest.current.view?.data;
          if (command.id !== null && data && !data.rowOf.has(command.id)) {
            channel.reject(`no actor with id ${command.id}`);
            return;
          }
          store.select(command.id);
          return;
        }
        case 'setView': {
          if (command.fit !== undefined) {
            const fit = normalizeFit(command.fit);
            const camera = fit && mapBox.current ? fitCamera(fit, latest.current.shapes, mapBox.current) : null;
            if (!camera) {
              channel.reject(`territory ${command.fit} cannot be fitted now`);
              return;
            }
            store.setCamera(camera);
          } else if (command.camera) {
            store.setCamera(command.camera);
          }
          if (command.view) store.setView(command.view);
          if (command.lang) store.setLang(command.lang);
          return;
        }
        case 'getState':
          channel.post(embedEvent({ type: 'state', state: snapshot() }));
          return;
      }
    };
    return channel.onCommand(apply);
  }, [channel, mapBox]);

  // Ready: once, when the data are loaded and the map drawn (or the list shown instead).
  useEffect(() => {
    if (!ready || !view || sent.current.ready) return;
    const state = atlasStore.getState();
    sent.current = { ready: true, filters: JSON.stringify(filterValuesOf(state.filters)), selected: state.selected };
    channel.post(embedEvent({ type: 'ready', state: snapshotOf(urlStateOf(state), view.result.total, view.data.features.length) }));
  }, [channel, ready, view]);

  useEffect(() => {
    if (!sent.current.ready || !view) return;
    const values = filterValuesOf(filters);
    const key = JSON.stringify(values);
    if (key === sent.current.filters) return;
    sent.current.filters = key;
    channel.post(embedEvent({ type: 'filters', filters: values, count: view.result.total, total: view.data.features.length }));
  }, [channel, filters, view]);

  useEffect(() => {
    if (!sent.current.ready || !view || selected === sent.current.selected) return;
    sent.current.selected = selected;
    const row = selected === null ? undefined : view.data.rowOf.get(selected);
    const actor = row === undefined ? undefined : view.data.features[row]?.properties;
    channel.post(embedEvent({ type: 'select', id: selected, ...(actor ? { name: actor.name.slice(0, 300), kind: actor.kind } : {}) }));
  }, [channel, selected, view]);
}
