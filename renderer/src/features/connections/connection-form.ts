import type { z } from 'zod';
import { defaultRequestTimeouts, profileDraftSchema } from '../../../../shared/domain/profile.js';
import type {
  Addressing,
  ProfileSummary,
  ProviderId,
  RequestTimeouts,
} from '../../../../shared/domain/profile.js';
import { providerInfo } from '../../../../shared/domain/providers.js';
import { sourceOf } from '../../../../shared/domain/credential-source.js';
import type { CredentialSourceKind } from '../../../../shared/domain/credential-source.js';
import { fieldRule } from '../../i18n/field-rule.js';
import { credentialMessages as cm } from './credential-messages.js';
import { connectionFieldLabels, connectionMessages as m } from './messages.js';
import { networkMessages as nm } from './network-messages.js';
import {
  emptyNetworkForm,
  networkFieldProblems,
  networkFormFrom,
  networkFromForm,
  networkIssueField,
  proxyPasswordFromForm,
} from './network-form.js';
import type { NetworkFormValues } from './network-form.js';
import { emptyRoleForm, roleFormFrom, roleIssueField, roleSourceFromForm } from './role-form.js';
import type { RoleFormValues } from './role-form.js';
import {
  emptySignInForm,
  signInFormFrom,
  signInIssueField,
  ssoFromForm,
  webIdentityFromForm,
} from './sign-in-form.js';
import type { SignInFormValues } from './sign-in-form.js';

export type ProfileDraftInput = z.input<typeof profileDraftSchema>;

export interface ConnectionFormValues extends RoleFormValues, SignInFormValues, NetworkFormValues {
  name: string;
  provider: ProviderId;
  endpoint: string;
  region: string;
  addressing: Addressing;
  /** Where the keys come from; each kind uses only its own fields below. */
  credentialKind: CredentialSourceKind;
  accessKeyId: string;
  secretAccessKey: string;
  /** Optional, for temporary static keys; empty while editing keeps the stored one. */
  sessionToken: string;
  /** Editing: remove the stored session token (the keys are no longer temporary). */
  clearSessionToken: boolean;
  awsProfileName: string;
  processCommand: string;
  /** Empty for a connection that lists all buckets. */
  bucket: string;
  /** Seconds as typed; empty or the default leaves the profile on the default. */
  headersTimeout: string;
  idleTimeout: string;
}

export type FieldName = keyof ConnectionFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const fieldLabels: Readonly<Record<FieldName, string>> = connectionFieldLabels;

export function defaultAddressing(provider: ProviderId): Addressing {
  return providerInfo(provider).defaultAddressing;
}

export function emptyForm(): ConnectionFormValues {
  return {
    name: '',
    provider: 'generic',
    endpoint: '',
    region: 'us-east-1',
    addressing: 'path',
    credentialKind: 'static',
    accessKeyId: '',
    secretAccessKey: '',
    sessionToken: '',
    clearSessionToken: false,
    awsProfileName: '',
    processCommand: '',
    ...emptyRoleForm,
    ...emptySignInForm,
    bucket: '',
    headersTimeout: String(defaultRequestTimeouts.headers),
    idleTimeout: String(defaultRequestTimeouts.idle),
    ...emptyNetworkForm,
  };
}

export function formFromProfile(profile: ProfileSummary): ConnectionFormValues {
  const source = sourceOf(profile);
  return {
    name: profile.name,
    provider: profile.provider,
    endpoint: profile.endpoint,
    region: profile.region,
    addressing: profile.addressing,
    credentialKind: source.kind,
    accessKeyId: profile.accessKeyId,
    secretAccessKey: '',
    sessionToken: '',
    clearSessionToken: false,
    awsProfileName: source.kind === 'awsProfile' ? source.profileName : '',
    processCommand: source.kind === 'process' ? source.command : '',
    ...roleFormFrom(source),
    ...signInFormFrom(source),
    bucket: profile.bucket ?? '',
    headersTimeout: String(profile.timeouts?.headers ?? defaultRequestTimeouts.headers),
    idleTimeout: String(profile.timeouts?.idle ?? defaultRequestTimeouts.idle),
    ...networkFormFrom(profile),
  };
}

/** The profile's `timeouts` fields, and the form field each is typed in. */
const timeoutFields = { headers: 'headersTimeout', idle: 'idleTimeout' } as const;

/**
 * What the timeout fields hold, for the schema to judge: digits become seconds, anything else
 * NaN (which the schema names as not a whole number). Empty or the default is left out, so the
 * connection keeps following the default.
 */
function timeoutsFromForm(values: ConnectionFormValues): RequestTimeouts | undefined {
  const timeouts: RequestTimeouts = {};
  for (const key of ['headers', 'idle'] as const) {
    const typed = values[timeoutFields[key]].trim();
    if (typed === '') continue;
    const seconds = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
    if (seconds !== defaultRequestTimeouts[key]) timeouts[key] = seconds;
  }
  return Object.keys(timeouts).length === 0 ? undefined : timeouts;
}

/** The form field an issue belongs to: its first path segment, or the timeout it names. */
function issueField(path: readonly PropertyKey[]): FieldName | undefined {
  const [first, second] = path;
  if (first === 'timeouts') {
    return second === 'headers' || second === 'idle' ? timeoutFields[second] : undefined;
  }
  if (first === 'network') return networkIssueField(path);
  if (first === 'credentialSource') {
    if (second === 'profileName') return 'awsProfileName';
    const roleField = roleIssueField(second) ?? signInIssueField(second);
    if (roleField !== undefined) return roleField;
    return second === 'command' ? 'processCommand' : 'credentialKind';
  }
  return isFieldName(first) ? first : undefined;
}

export function withProvider(
  values: ConnectionFormValues,
  provider: ProviderId,
): ConnectionFormValues {
  return { ...values, provider, addressing: defaultAddressing(provider) };
}

/** Schema messages read as predicates ("is required"), written to follow the field's name. */
export function fieldMessage(field: FieldName, message: string): string {
  // "Bucket (optional) is …" or "Idle timeout (s) must …" would read oddly: the qualifier is
  // for the label only.
  const bare: Partial<Record<FieldName, string>> = {
    bucket: m.bucketField,
    sessionToken: cm.sessionTokenField,
    headersTimeout: m.headersTimeoutField,
    idleTimeout: m.idleTimeoutField,
    connectTimeout: nm.connectTimeoutField,
    proxyPort: nm.proxyPortField,
  };
  const label = bare[field] ?? fieldLabels[field];
  return fieldRule(label, message);
}

function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && Object.hasOwn(fieldLabels, value);
}

/**
 * What the form stands for: a new connection, an edit of `id`, or a copy of `from` whose
 * stored secret the host reuses unless a new one is typed.
 */
export type FormTarget =
  { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'duplicate'; from: string };

/** A bare id means an edit of that connection. */
function targetOf(target: FormTarget | string | undefined): FormTarget {
  if (target === undefined) return { kind: 'new' };
  return typeof target === 'string' ? { kind: 'edit', id: target } : target;
}

/**
 * An empty secret or session token while editing or duplicating means "keep the stored one", so
 * it is left out. Sources other than static keys send only their own settings.
 */
export function draftFromForm(
  values: ConnectionFormValues,
  target: FormTarget | string | undefined,
): ProfileDraftInput {
  const to = targetOf(target);
  const draft: ProfileDraftInput = {
    name: values.name,
    provider: values.provider,
    endpoint: values.endpoint.trim(),
    region: values.region,
    addressing: values.addressing,
    accessKeyId: values.credentialKind === 'static' ? values.accessKeyId : '',
  };
  if (to.kind === 'edit') draft.id = to.id;
  const bucket = values.bucket.trim();
  if (bucket !== '') draft.bucket = bucket;
  const timeouts = timeoutsFromForm(values);
  if (timeouts !== undefined) draft.timeouts = timeouts;
  const network = networkFromForm(values);
  if (network !== undefined) draft.network = network;
  const proxyPassword = proxyPasswordFromForm(values);
  if (proxyPassword !== undefined) draft.proxyPassword = proxyPassword;
  if (values.credentialKind === 'awsProfile') {
    draft.credentialSource = { kind: 'awsProfile', profileName: values.awsProfileName };
    return draft;
  }
  if (values.credentialKind === 'process') {
    draft.credentialSource = { kind: 'process', command: values.processCommand };
    return draft;
  }
  if (values.credentialKind === 'assumeRole') {
    draft.credentialSource = roleSourceFromForm(values);
    return draft;
  }
  if (values.credentialKind === 'webIdentity') {
    draft.credentialSource = webIdentityFromForm(values);
    return draft;
  }
  if (values.credentialKind === 'sso') {
    draft.credentialSource = ssoFromForm(values);
    return draft;
  }
  if (values.secretAccessKey !== '') draft.secretAccessKey = values.secretAccessKey;
  else if (to.kind === 'duplicate') draft.copySecretFrom = to.from;
  const token = values.sessionToken.trim();
  if (token !== '') draft.sessionToken = token;
  else if (values.clearSessionToken) draft.sessionToken = '';
  return draft;
}

export type FormCheck =
  | { ok: true; draft: ProfileDraftInput }
  | { ok: false; errors: FieldErrors; formError: string | undefined };

/**
 * `storedSecret`: whether the connection edited or copied holds a secret to keep; one that took
 * its keys from another source has none, so moving it to static keys needs one typed.
 */
export function checkForm(
  values: ConnectionFormValues,
  target: FormTarget | string | undefined,
  storedSecret = true,
): FormCheck {
  const to = targetOf(target);
  const parsed = profileDraftSchema.safeParse(draftFromForm(values, to));
  const errors: FieldErrors = {};
  let formError: string | undefined;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issueField(issue.path);
      if (field !== undefined) errors[field] ??= fieldMessage(field, issue.message);
      else formError ??= issue.message;
    }
  }
  for (const [field, problem] of Object.entries(networkFieldProblems(values))) {
    errors[field as FieldName] = fieldMessage(field as FieldName, problem);
  }
  if (values.credentialKind === 'static') {
    // Checked here too: the schema asks for the key only once every other field holds.
    if (values.accessKeyId.trim() === '') {
      errors.accessKeyId ??= fieldMessage('accessKeyId', 'is required');
    }
    // The schema lets the secret be omitted for edits; a new connection needs one.
    if ((to.kind === 'new' || !storedSecret) && values.secretAccessKey === '') {
      errors.secretAccessKey ??= fieldMessage('secretAccessKey', 'is required');
    }
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, draft: parsed.data };
  return { ok: false, errors, formError };
}
