import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { FormField } from '../../../ui/form-field.js';

interface TextFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  /** Empty text is `undefined`: the field is left out of the configuration. */
  onChange: (value: string | undefined) => void;
  error?: string | undefined;
  hint?: string | undefined;
  placeholder?: string | undefined;
}

/** An optional text field: empty means "not set". */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  placeholder,
}: TextFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...control}
          value={value ?? ''}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      )}
    </FormField>
  );
}

interface NumberFieldProps extends Omit<TextFieldProps, 'value' | 'onChange'> {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
}

/** An optional whole number; empty means "not set". */
export function NumberField({ value, onChange, min, max, ...field }: NumberFieldProps) {
  return (
    <FormField id={field.id} label={field.label} error={field.error} hint={field.hint}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value === undefined || Number.isNaN(value) ? '' : String(value)}
          placeholder={field.placeholder}
          onChange={(event) =>
            onChange(event.target.value === '' ? undefined : Number(event.target.value))
          }
        />
      )}
    </FormField>
  );
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  /** Offered as the first option, meaning "not set". */
  unsetLabel?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  unsetLabel,
  error,
  hint,
}: SelectFieldProps<T>) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) =>
            onChange(event.target.value === '' ? undefined : (event.target.value as T))
          }
        >
          {unsetLabel !== undefined && <option value="">{unsetLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly string[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}

/** A set of choices (methods, events); the error is announced with the group. */
export function CheckboxGroup({
  id,
  legend,
  options,
  values,
  onChange,
  error,
}: CheckboxGroupProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="config-fieldset kind-checks"
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{legend}</legend>
      <div className="kind-check-grid">
        {options.map((option) => (
          <label key={option} className="check-field">
            <input
              type="checkbox"
              checked={values.includes(option)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...values, option]
                    : values.filter((value) => value !== option),
                )
              }
            />
            <code>{option}</code>
          </label>
        ))}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface ItemFieldsetProps {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One rule of a list of rules, with its own Remove button. */
export function ItemFieldset({ legend, removeLabel, onRemove, children }: ItemFieldsetProps) {
  return (
    <fieldset className="config-fieldset">
      <legend>{legend}</legend>
      {children}
      <div className="config-row-actions">
        <button type="button" className="button button-small" onClick={onRemove}>
          {removeLabel}
        </button>
      </div>
    </fieldset>
  );
}

/** Replaces item `index` of a list. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

interface ItemListProps<T> {
  items: readonly T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  addLabel: string;
  /** About the list as a whole, e.g. "needs at least one rule". */
  error?: string | undefined;
  children: (item: T, index: number, edit: ItemEdit<T>) => ReactNode;
}

export interface ItemEdit<T> {
  onChange: (item: T) => void;
  onRemove: () => void;
}

/** A list of rules edited one card each, with an Add button after them. */
export function ItemList<T>({
  items,
  onChange,
  newItem,
  addLabel,
  error,
  children,
}: ItemListProps<T>) {
  return (
    <>
      {items.map((item, index) => (
        // Rules have no stable identity; their position is what the user sees.
        <Fragment key={index}>
          {children(item, index, {
            onChange: (next) => onChange(replaceAt(items, index, next)),
            onRemove: () => onChange(removeAt(items, index)),
          })}
        </Fragment>
      ))}
      {error !== undefined && <p className="field-error">{error}</p>}
      <div className="config-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...items, newItem()])}
        >
          {addLabel}
        </button>
      </div>
    </>
  );
}

interface ToolSectionProps {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}

/** A helper beside the form (preflight test, topic creation): a titled region. */
export function ToolSection({ id, title, intro, children }: ToolSectionProps) {
  return (
    <section className="config-fieldset" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="config-heading">
        {title}
      </h3>
      <p className="muted kind-note">{intro}</p>
      {children}
    </section>
  );
}
