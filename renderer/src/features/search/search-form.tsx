import { useState } from 'react';
import type { FormEvent } from 'react';
import { nameModes, searchCriteriaSchema } from '../../../../shared/domain/search.js';
import type { NameMode, SearchCriteria } from '../../../../shared/domain/search.js';
import { storageClasses } from '../../../../shared/domain/storage-classes.js';
import { searchMessages as m } from './messages.js';

interface SearchFormProps {
  running: boolean;
  onSearch: (criteria: SearchCriteria) => void;
  onStop: () => void;
  onClose: () => void;
}

/** A criteria problem as one line: the field, then what is wrong with it. */
type Checked = { ok: true; criteria: SearchCriteria } | { ok: false; problem: string };

function check(fields: Record<string, string>, mode: NameMode, ignoreCase: boolean): Checked {
  const size = (text: string) => (text.trim() === '' ? undefined : Number(text));
  const day = (text: string, end: boolean) =>
    text === '' ? undefined : `${text}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
  const input = {
    name:
      fields['pattern'] === ''
        ? undefined
        : { mode, pattern: fields['pattern'], caseSensitive: !ignoreCase },
    minSize: size(fields['minSize'] ?? ''),
    maxSize: size(fields['maxSize'] ?? ''),
    modifiedAfter: day(fields['after'] ?? '', false),
    modifiedBefore: day(fields['before'] ?? '', true),
    storageClass: fields['storageClass'] === '' ? undefined : fields['storageClass'],
  };
  const parsed = searchCriteriaSchema.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  if (parsed.success) return { ok: true, criteria: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` };
}

export function SearchForm({ running, onSearch, onStop, onClose }: SearchFormProps) {
  const [fields, setFields] = useState<Record<string, string>>({
    pattern: '',
    minSize: '',
    maxSize: '',
    after: '',
    before: '',
    storageClass: '',
  });
  const [mode, setMode] = useState<NameMode>('substring');
  const [ignoreCase, setIgnoreCase] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const field = (name: string) => ({
    value: fields[name] ?? '',
    onChange: (event: { target: { value: string } }) =>
      setFields((f) => ({ ...f, [name]: event.target.value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = check(fields, mode, ignoreCase);
    setProblem(checked.ok ? null : checked.problem);
    if (checked.ok) onSearch(checked.criteria);
  };
  return (
    <form role="search" aria-label={m.formLabel} className="search-form" onSubmit={submit}>
      <div className="search-row">
        <input
          type="search"
          className="search-pattern"
          aria-label={m.nameLabel}
          placeholder={m.nameLabel}
          spellCheck={false}
          autoComplete="off"
          autoFocus
          {...field('pattern')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose();
          }}
        />
        <select
          aria-label={m.modeLabel}
          value={mode}
          onChange={(e) => setMode(e.target.value as NameMode)}
        >
          {nameModes.map((name) => (
            <option key={name} value={name}>
              {m.modes[name]}
            </option>
          ))}
        </select>
        <label className="search-check">
          <input
            type="checkbox"
            checked={ignoreCase}
            onChange={(e) => setIgnoreCase(e.target.checked)}
          />
          {m.ignoreCase}
        </label>
        <button type="submit" className="button button-small button-primary" disabled={running}>
          {m.search}
        </button>
        <button type="button" className="button button-small" disabled={!running} onClick={onStop}>
          {m.stop}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {m.close}
        </button>
      </div>
      <div className="search-row">
        <label>
          {m.minSize}
          <input type="number" min={0} inputMode="numeric" {...field('minSize')} />
        </label>
        <label>
          {m.maxSize}
          <input type="number" min={0} inputMode="numeric" {...field('maxSize')} />
        </label>
        <label>
          {m.after}
          <input type="date" {...field('after')} />
        </label>
        <label>
          {m.before}
          <input type="date" {...field('before')} />
        </label>
        <label>
          {m.storageClass}
          <select {...field('storageClass')}>
            <option value="">{m.anyClass}</option>
            {storageClasses.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem !== null && (
        <p className="search-problem" role="alert">
          {m.badInput}: {problem}
        </p>
      )}
    </form>
  );
}
