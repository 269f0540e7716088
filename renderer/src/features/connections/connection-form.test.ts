import { describe, expect, it } from 'vitest';
import {
  checkForm,
  defaultAddressing,
  draftFromForm,
  emptyForm,
  fieldMessage,
  withProvider,
} from './connection-form.js';
import type { ConnectionFormValues } from './connection-form.js';

const filled: ConnectionFormValues = {
  ...emptyForm(),
  name: ' Lab RGW ',
  endpoint: ' http://127.0.0.1:7480 ',
  accessKeyId: 'AKIA',
  secretAccessKey: 'secret',
};

describe('provider defaults', () => {
  it('uses virtual hosting for AWS and JD Cloud, path style elsewhere', () => {
    expect(defaultAddressing('aws')).toBe('virtual');
    expect(defaultAddressing('jdcloud')).toBe('virtual');
    expect(defaultAddressing('ceph')).toBe('path');
    expect(defaultAddressing('minio')).toBe('path');
    expect(defaultAddressing('generic')).toBe('path');
  });

  it('resets addressing when the provider changes', () => {
    const values = withProvider({ ...emptyForm(), addressing: 'path' }, 'aws');
    expect(values).toMatchObject({ provider: 'aws', addressing: 'virtual' });
  });
});

describe('draftFromForm', () => {
  it('omits an empty secret and carries the id when editing', () => {
    const draft = draftFromForm({ ...filled, secretAccessKey: '' }, 'abc123');
    expect(draft.id).toBe('abc123');
    expect('secretAccessKey' in draft).toBe(false);
  });
});

describe('checkForm', () => {
  it('returns the parsed, trimmed draft when valid', () => {
    const result = checkForm(filled, undefined);
    expect(result.ok && result.draft).toMatchObject({
      name: 'Lab RGW',
      endpoint: 'http://127.0.0.1:7480',
    });
  });

  it('names each bad field', () => {
    const result = checkForm({ ...emptyForm(), endpoint: 'ftp://x', region: 'US East' }, undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: 'Name is required',
      endpoint: 'Endpoint must be an http:// or https:// URL',
      region: 'Region may only hold lowercase letters, digits and hyphens',
      accessKeyId: 'Access key ID is required',
      secretAccessKey: 'Secret access key is required',
    });
  });

  it('allows an empty secret when editing', () => {
    expect(checkForm({ ...filled, secretAccessKey: '' }, 'abc123').ok).toBe(true);
  });
});

describe('fieldMessage', () => {
  it('leaves sentence-case messages alone', () => {
    expect(fieldMessage('name', 'Too long')).toBe('Too long');
  });
});

describe('bucket-only and duplicate drafts', () => {
  it('sends a trimmed bucket, and none when the field is empty', () => {
    expect(draftFromForm({ ...filled, bucket: ' only-this ' }, undefined).bucket).toBe('only-this');
    expect('bucket' in draftFromForm(filled, undefined)).toBe(false);
  });

  it('names a bad bucket in the bucket field', () => {
    const result = checkForm({ ...filled, bucket: 'Bad_Name' }, undefined);
    expect(!result.ok && result.errors.bucket).toBe(
      'Bucket may hold lowercase letters, digits, dots and hyphens',
    );
  });

  it('a duplicate without a typed secret asks the host to copy the original’s', () => {
    const target = { kind: 'duplicate', from: 'orig-123' } as const;
    const result = checkForm({ ...filled, secretAccessKey: '' }, target);
    expect(result.ok && result.draft).toMatchObject({ copySecretFrom: 'orig-123' });
    expect(result.ok && 'id' in result.draft).toBe(false);
    const typed = draftFromForm(filled, target);
    expect(typed.secretAccessKey).toBe('secret');
    expect('copySecretFrom' in typed).toBe(false);
  });
});

describe('endpoint per provider', () => {
  it('requires an endpoint for every provider but AWS', () => {
    for (const provider of ['jdcloud', 'ceph', 'minio', 'generic'] as const) {
      const check = checkForm({ ...filled, provider, endpoint: '' }, undefined);
      expect(check.ok, provider).toBe(false);
      if (!check.ok) expect(check.errors.endpoint).toBe('Endpoint is required');
    }
    expect(checkForm({ ...filled, provider: 'aws', endpoint: '' }, undefined).ok).toBe(true);
  });

  it('says the endpoint is missing alongside the other fields’ problems', () => {
    const check = checkForm({ ...emptyForm(), provider: 'minio' }, undefined);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.errors.endpoint).toBe('Endpoint is required');
      expect(check.errors.name).toBe('Name is required');
    }
  });
});
