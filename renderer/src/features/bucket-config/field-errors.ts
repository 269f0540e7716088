import type { FieldErrors } from './config-kind.js';

/** The message for a field, or the first one about something inside it (a list's items). */
export function errorUnder(errors: FieldErrors, path: string): string | undefined {
  const own = errors[path];
  if (own !== undefined) return own;
  const inside = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inside === undefined ? undefined : errors[inside];
}

/** Collects field errors as validation walks a model. */
export class ErrorCollector {
  private readonly found: Record<string, string> = {};

  /** Keeps the first message per path: the one to fix first. */
  add(path: string, message: string): void {
    this.found[path] ??= message;
  }

  get errors(): FieldErrors {
    return this.found;
  }
}
