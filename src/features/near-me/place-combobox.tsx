/**
 * The place box of the near-me search, an ARIA 1.2 combobox: suggestions as one types (names
 * without accents, postcodes, INSEE codes), arrows to move, Enter to choose, Escape to close and
 * then to clear. Enter on a shared postcode or a homonym lists the communes to choose from.
 */
import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Commune, GazetteerIndex } from '../../core/gazetteer';
import { communeLabel, placeFromInput, suggestPlaces } from './near-place';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';

const SUGGESTIONS = 8;
/** A postcode may serve dozens of communes: all are listed to choose from. */
const CHOICES = 60;

type Hint = { kind: 'choose'; why: 'postcode' | 'homonyms' } | { kind: 'chooseFromList' } | { kind: 'noPlace'; text: string } | null;

interface PlaceComboboxProps {
  lang: Lang;
  /** Undefined until the gazetteer has arrived. */
  index: GazetteerIndex | undefined;
  /** The label of the place chosen ("Poitiers (86)", "Ma position"), '' for none. */
  selectedLabel: string;
  /** First focus: time to load the gazetteer. */
  onActivate: () => void;
  onPick: (commune: Commune) => void;
  onClear: () => void;
  /** Its own label instead of near-me's, and the id of the message saying what is wrong with its value (a form’s error). */
  label?: string;
  errorId?: string | undefined;
}

export function PlaceCombobox({ lang, index, selectedLabel, onActivate, onPick, onClear, label, errorId }: PlaceComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [text, setText] = useState(selectedLabel);
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [choices, setChoices] = useState<Commune[] | null>(null);
  const [hint, setHint] = useState<Hint>(null);
  const [pendingEnter, setPendingEnter] = useState(false);

  // The place may change from elsewhere (a pick, the geolocation, back/forward): show it.
  useEffect(() => {
    setText(selectedLabel);
    setTyped(false);
    setChoices(null);
    setOpen(false);
    setActive(-1);
    setHint(null);
  }, [selectedLabel]);

  const suggestions = useMemo(
    () => (index && typed && text.trim() !== '' ? suggestPlaces(index, text, SUGGESTIONS) : []),
    [index, typed, text],
  );
  const options = choices ?? suggestions;
  const expanded = open && options.length > 0;

  const pick = useCallback(
    (commune: Commune) => {
      setText(communeLabel(commune));
      setTyped(false);
      setChoices(null);
      setOpen(false);
      setActive(-1);
      setHint(null);
      onPick(commune);
    },
    [onPick],
  );

  const submit = useCallback(() => {
    if (!index) {
      setPendingEnter(true);
      return;
    }
    if (!typed || text.trim() === '') return;
    const choice = placeFromInput(index, text);
    if (choice.kind === 'one') pick(choice.commune);
    else if (choice.kind === 'choose') {
      setChoices(choice.communes.slice(0, CHOICES));
      setOpen(true);
      setActive(-1);
      setHint({ kind: 'choose', why: choice.why });
    } else if (suggestions.length > 0) {
      setOpen(true);
      setHint({ kind: 'chooseFromList' });
    } else {
      setHint({ kind: 'noPlace', text: text.trim() });
    }
  }, [index, typed, text, pick, suggestions.length]);

  // Enter pressed before the gazetteer arrived: answer it once it is there.
  useEffect(() => {
    if (pendingEnter && index) {
      setPendingEnter(false);
      submit();
    }
  }, [pendingEnter, index, submit]);

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((a) => (!expanded || a < 0 ? (step === 1 ? 0 : count - 1) : (a + step + count) % count));
        return;
      }
      case 'Enter': {
        e.preventDefault();
        const chosen = expanded && active >= 0 ? options[active] : undefined;
        if (chosen) pick(chosen);
        else submit();
        return;
      }
      case 'Escape': {
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          e.preventDefault();
          clear();
        }
        return;
      }
    }
  };

  const clear = () => {
    setText('');
    setTyped(false);
    setChoices(null);
    setHint(null);
    setActive(-1);
    if (selectedLabel !== '') onClear();
  };

  const hintText = describeHint(hint, lang, {
    loading: typed && text.trim() !== '' && !index,
    count: expanded && hint === null ? options.length : 0,
  });

  return (
    <div className="near-combobox">
      <label htmlFor={inputId} className="near-label">
        {label ?? t('near.inputLabel', lang)}
      </label>
      <div className="near-input-row">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
          aria-invalid={errorId ? true : undefined}
          value={text}
          placeholder={t('near.placeholder', lang)}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          onFocus={() => {
            onActivate();
            if (typed) setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onChange={(e) => {
            const value = e.target.value;
            setText(value);
            setTyped(true);
            setChoices(null);
            setHint(null);
            setActive(-1);
            setOpen(true);
            if (value.trim() === '' && selectedLabel !== '') onClear();
          }}
          onKeyDown={onKeyDown}
        />
        {text !== '' ? (
          <button type="button" className="near-clear" aria-label={t('near.clearLabel', lang)} onClick={clear}>
            {t('near.clear', lang)}
          </button>
        ) : null}
        <ul id={listId} role="listbox" className="near-options" aria-label={t('near.suggestions', lang)} hidden={!expanded}>
          {expanded
            ? options.map((c, i) => (
                <li
                  key={`${c.code}-${c.name}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className="near-option"
                  // Keep the focus in the box: the click picks, the blur does not close first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(c)}
                >
                  <span className="near-option-name">{communeLabel(c)}</span>
                  <span className="near-option-meta">
                    {[index?.departement(c.departement)?.name, postcodeText(c)].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <p id={hintId} className="near-hint" role="status">
        {hintText}
      </p>
    </div>
  );
}

function postcodeText(c: Commune): string {
  const [first] = c.postcodes;
  if (first === undefined) return '';
  return c.postcodes.length > 1 ? `${first}…` : first;
}

function describeHint(hint: Hint, lang: Lang, state: { loading: boolean; count: number }): string {
  if (hint?.kind === 'choose') return t(hint.why === 'postcode' ? 'near.choosePostcode' : 'near.chooseHomonyms', lang);
  if (hint?.kind === 'chooseFromList') return t('near.chooseFromList', lang);
  if (hint?.kind === 'noPlace') return t('near.noPlace', lang, { text: hint.text });
  if (state.loading) return t('near.loadingPlaces', lang);
  if (state.count > 0) return tn('near.suggestionCount', state.count, lang);
  return '';
}
