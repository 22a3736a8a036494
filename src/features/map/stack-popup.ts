/**
 * The list that opens on a stack of actors sharing one place (a commune, a chef-lieu): a popup of
 * buttons, focus moved into it, Escape or the close button to leave.
 */
import { Popup, type Map as MapLibreMap } from 'maplibre-gl';
import type { ActorProperties } from '../../core/model';
import { KINDS, type Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function openStackPopup(
  map: MapLibreMap,
  at: [number, number],
  actors: ActorProperties[],
  lang: Lang,
  onSelect: (id: string) => void,
): Popup {
  const root = document.createElement('div');
  root.className = 'atlas-stack-popup';
  root.setAttribute('role', 'dialog');
  const title = document.createElement('h2');
  title.id = `stack-${Math.random().toString(36).slice(2, 8)}`;
  title.textContent = t('stack.title', lang, { n: actors.length });
  root.setAttribute('aria-labelledby', title.id);
  root.append(title);
  const list = document.createElement('ul');
  const popup = new Popup({ closeButton: true, closeOnClick: true, maxWidth: '320px', focusAfterOpen: false });
  for (const actor of [...actors].sort((a, b) => collator.compare(a.name, b.name))) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = actor.name;
    const meta = document.createElement('span');
    meta.className = 'atlas-stack-meta';
    meta.textContent = ` ${KINDS.label(actor.kind, lang)}${actor.sample ? ` · ${t('marker.sample', lang)}` : ''}`;
    button.append(meta);
    button.addEventListener('click', () => {
      onSelect(actor.id);
      popup.remove();
    });
    item.append(button);
    list.append(item);
  }
  root.append(list);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') popup.remove();
  });
  popup.setLngLat(at).setDOMContent(root).addTo(map);
  popup.getElement().querySelector('.maplibregl-popup-close-button')?.setAttribute('aria-label', t('stack.close', lang));
  root.querySelector('button')?.focus();
  return popup;
}
