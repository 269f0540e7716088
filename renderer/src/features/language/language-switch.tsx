import { useId } from 'react';
import { isLocale, localeNames, locales } from '../../i18n/locales.js';
import { setLocale, useLocale } from '../../i18n/use-locale.js';
import { GlobeIcon } from '../../ui/icons.js';
import { languageMessages as m } from './messages.js';
import './language.css';

/** Picks the UI language; each is listed in itself so anyone can find theirs. */
export function LanguageSwitch() {
  const locale = useLocale();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-label" title={m.label}>
        <GlobeIcon />
        <span className="visually-hidden">{m.label}</span>
      </label>
      <select
        id={id}
        className="language-select"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
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
