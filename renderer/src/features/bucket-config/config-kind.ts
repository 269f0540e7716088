import type { ComponentType } from 'react';
import type { CapabilityFeature } from '../../../../shared/domain/capabilities.js';
import type { ConfigState } from '../../../../shared/domain/config/state.js';
import type { ProviderId } from '../../../../shared/domain/profile.js';
import type { ContractClient } from '../../contract/contract-client.js';

/** Which bucket (and, for object ACLs, which object) an editor works on. */
export interface ConfigTarget {
  profileId: string;
  bucket: string;
  key?: string | undefined;
}

/** How a kind's raw view is written: JSON for policies, JSON or XML for the others. */
export type RawFormat = 'json' | 'xml';

/** Something wrong in the raw text, on a 1-based line when it can be placed. */
export interface RawProblem {
  line: number | undefined;
  message: string;
}

export type RawParse<Model> =
  { ok: true; model: Model } | { ok: false; problems: readonly RawProblem[] };

/**
 * Field messages keyed by the dotted path of the field in the model, e.g.
 * `Statement.0.Action.1` or `grants.2.grantee.id`; '' is the whole configuration.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** What validation knows about the endpoint, so dialect limits are checked before sending. */
export interface ValidationContext {
  provider: ProviderId;
  bucket: string;
  key?: string | undefined;
}

export interface ConfigFormProps<Model> {
  model: Model;
  onChange: (model: Model) => void;
  errors: FieldErrors;
  context: ValidationContext;
}

/**
 * One kind of bucket configuration, described for the generic `ConfigEditor`, which gives it
 * a Form / Raw toggle kept in sync both ways, validation as you type, a review diff before
 * Apply, a re-read after Apply, Delete, and the loading / none / unsupported / error states.
 *
 * To add a kind:
 * 1. Write `<kind>/<kind>-definition.ts` exporting a `ConfigKindDefinition<YourModel>`. The
 *    model is whatever the form edits most easily; `toRaw` / `fromRaw` convert it to and from
 *    the text S3 users write (pretty-printed, stable key order, so the review diff is
 *    meaningful). `fromRaw` reports problems with 1-based line numbers (see `json-locate.ts`
 *    and `xml-raw.ts` for helpers that find lines of parse errors and of paths).
 * 2. `validate` answers field errors keyed by model path; the form shows `errors[path]`
 *    under the field, the raw view marks `rawLine(text, format, path)`'s line.
 * 3. Write the form component (controlled: `model` in, `onChange(next)` out; use FormField so
 *    messages are announced with their control) and its strings in the kind's messages.
 * 4. Register it in `config-kinds.tsx` with `configTab(definition)`; its tab then replaces the
 *    "not available yet" placeholder.
 */
export interface ConfigKindDefinition<Model> {
  /** Also the capability the probe reports for it. */
  feature: CapabilityFeature;
  /** Raw formats offered, the first being the default. */
  rawFormats: readonly RawFormat[];
  /** Reads what the server holds, as a model. */
  load(client: ContractClient, target: ConfigTarget): Promise<ConfigState<Model>>;
  save(client: ContractClient, target: ConfigTarget, model: Model): Promise<void>;
  /** Absent when the API has no delete (ACLs always exist). */
  remove?: (client: ContractClient, target: ConfigTarget) => Promise<void>;
  /** What "Create" starts from when nothing is configured. */
  emptyModel(context: ValidationContext): Model;
  toRaw(model: Model, format: RawFormat): string;
  fromRaw(text: string, format: RawFormat): RawParse<Model>;
  validate(model: Model, context: ValidationContext): FieldErrors;
  /** The raw text's line holding a field's value; the JSON default reads the path as-is. */
  rawLine?: (text: string, format: RawFormat, path: string) => number | undefined;
  Form: ComponentType<ConfigFormProps<Model>>;
  /** Optional note under the raw view, e.g. the policy's size against its limit. */
  rawNote?: (text: string) => string | undefined;
  /**
   * Shown instead of "No … / Create" when nothing is configured and nothing can be created
   * here (a bucket created without object lock).
   */
  NoneState?: ComponentType<{ context: ValidationContext }>;
}
