/** One facet as a group of checkboxes, each with the count it would give. */
import type { ReactNode, Ref } from 'react';
import { formatNumber } from '../../shared/i18n/strings';
import type { Lang } from '../../core/vocabulary';

export interface FacetOption {
  value: string;
  label: ReactNode;
  count: number;
  /** A colour swatch shown before the label (never the only cue). */
  color?: string;
}

interface FacetGroupProps {
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  lang: Lang;
  /** Shown between the legend and the options (the theme facet's search). */
  intro?: ReactNode;
  listRef?: Ref<HTMLUListElement>;
  children?: ReactNode;
}

export function FacetGroup({ legend, options, selected, onToggle, lang, intro, listRef, children }: FacetGroupProps) {
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {intro}
      <ul ref={listRef}>
        {options.map((o) => {
          const checked = selected.includes(o.value);
          return (
            <li key={o.value} className={o.count === 0 && !checked ? 'facet-empty' : undefined}>
              <label>
                <input type="checkbox" checked={checked} onChange={() => onToggle(o.value)} />
                {o.color ? <span className="swatch" style={{ background: o.color }} aria-hidden="true" /> : null}
                <span className="facet-label">{o.label}</span>
                <span className="facet-count">{formatNumber(o.count, lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {children}
    </fieldset>
  );
}
