import {
  MAX_POST_BYTES,
  type PostPolicyOptions,
} from '../../../../shared/domain/presign-request.js';
import { expirySeconds } from './expiry.js';
import type { ExpiryChoice, ExpiryProblem } from './expiry.js';

export const sizeUnits = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 } as const;
export type SizeUnit = keyof typeof sizeUnits;
export const successStatuses = ['', '200', '201', '204'] as const;
export type SuccessStatus = (typeof successStatuses)[number];

export interface UploadFormDraft {
  /** 'prefix': any file name under `prefix` (S3's ${filename}); 'exact': just `key`. */
  keyMode: 'prefix' | 'exact';
  prefix: string;
  key: string;
  minSize: string;
  maxSize: string;
  sizeUnit: SizeUnit;
  contentType: string;
  /** 'exact': uploads must send contentType; 'prefix': any type starting with it. */
  contentTypeMatch: 'exact' | 'prefix';
  expiry: ExpiryChoice;
  successStatus: SuccessStatus;
  redirect: string;
}

export interface UploadFormProblems {
  key?: 'required' | 'tooLong';
  minSize?: 'notNumber';
  maxSize?: 'notNumber' | 'belowMin' | 'overLimit';
  contentType?: 'characters';
  expiry?: ExpiryProblem;
  redirect?: 'notHttpUrl';
}

export function initialUploadForm(folder: string): UploadFormDraft {
  return {
    keyMode: 'prefix',
    prefix: folder,
    key: folder,
    minSize: '',
    maxSize: '',
    sizeUnit: 'MiB',
    contentType: '',
    contentTypeMatch: 'exact',
    expiry: { kind: 'preset', seconds: 3600 },
    successStatus: '',
    redirect: '',
  };
}

const utf8 = new TextEncoder();

function bytes(text: string, unit: SizeUnit): number | 'empty' | 'notNumber' {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return 'notNumber';
  return Math.round(Number(trimmed) * sizeUnits[unit]);
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The policy options for the draft, or what to fix first; nothing is signed with problems. */
export function uploadFormOptions(
  draft: UploadFormDraft,
): { options: PostPolicyOptions } | { problems: UploadFormProblems } {
  const problems: UploadFormProblems = {};
  const keyText = draft.keyMode === 'exact' ? draft.key : draft.prefix;
  if (draft.keyMode === 'exact' && keyText === '') problems.key = 'required';
  else if (utf8.encode(keyText).length > 1024) problems.key = 'tooLong';

  const min = bytes(draft.minSize, draft.sizeUnit);
  const max = bytes(draft.maxSize, draft.sizeUnit);
  if (min === 'notNumber') problems.minSize = 'notNumber';
  if (max === 'notNumber') problems.maxSize = 'notNumber';
  else if (typeof max === 'number' && max > MAX_POST_BYTES) problems.maxSize = 'overLimit';
  else if (typeof max === 'number' && typeof min === 'number' && max < min) {
    problems.maxSize = 'belowMin';
  }

  const contentType = draft.contentType.trim();
  if (!/^[\x20-\x7e]*$/.test(contentType)) problems.contentType = 'characters';
  const redirect = draft.redirect.trim();
  if (redirect !== '' && !isHttpUrl(redirect)) problems.redirect = 'notHttpUrl';
  const expiry = expirySeconds(draft.expiry);
  if ('problem' in expiry) problems.expiry = expiry.problem;

  if (Object.keys(problems).length > 0 || 'problem' in expiry) return { problems };
  const options: PostPolicyOptions = {
    key:
      draft.keyMode === 'exact'
        ? { kind: 'exact', key: keyText }
        : { kind: 'prefix', prefix: keyText },
    expiresInSeconds: expiry.seconds,
  };
  if (typeof min === 'number' || typeof max === 'number') {
    options.contentLengthRange = {
      min: typeof min === 'number' ? min : 0,
      max: typeof max === 'number' ? max : MAX_POST_BYTES,
    };
  }
  if (contentType !== '' && draft.contentTypeMatch === 'exact') options.contentType = contentType;
  if (contentType !== '' && draft.contentTypeMatch === 'prefix') {
    options.contentTypePrefix = contentType;
  }
  if (draft.successStatus !== '') options.successActionStatus = draft.successStatus;
  if (redirect !== '') options.successActionRedirect = redirect;
  return { options };
}
