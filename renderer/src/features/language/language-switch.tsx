import { useEffect, useId, useRef } from 'react';
import { isLocale, localeNames, locales } from '../../i18n/locales.js';
import { setLocale, useLocale } from '../../i18n/use-locale.js';
import { GlobeIcon } from '../../ui/icons.js';
import { languageMessages as m } from './messages.js';
import './language.css';

/**
 * The shell is drawn afresh in a new language (see App), so this control is a new element
 * afterwards; it takes the focus back when it was the one used.
 */
let refocusAfterSwitch = false;

/** Picks the UI language; each is listed in itself so anyone can find theirs. */
export function LanguageSwitch() {
  const locale = useLocale();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!refocusAfterSwitch) return;
    refocusAfterSwitch = false;
    select.current?.focus();
  }, []);
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-label" title={m.label}>
        <GlobeIcon />
        <span className="visually-hidden">{m.label}</span>
      </label>
      <select
        ref={select}
        id={id}
        className="language-select"
        value={locale}
        onChange={(event) => {
          if (!isLocale(event.target.value)) return;
          refocusAfterSwitch = true;
          setLocale(event.target.value);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
