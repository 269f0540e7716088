import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { StsStandIn } from '../../../e2e/fixtures/sts-standin.js';
import type { EventName } from '../../../shared/contract/events.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { contractCaller } from '../test-support.js';
import { scratchDir } from './test-support.js';

let sts: StsStandIn;
let core: Core;
let emitted: { event: EventName; payload: unknown }[];
let onEvent: (() => void) | undefined;

beforeEach(async () => {
  sts = await startStsStandIn();
  const dataDir = await scratchDir('mfa-core');
  emitted = [];
  core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    homeDir: dataDir,
    emit: (event, payload) => {
      emitted.push({ event, payload });
      onEvent?.();
    },
  });
});
afterEach(async () => {
  core.close();
  await sts.close();
});

/** Waits for the core to emit `event` and gives its payload. */
async function next(event: EventName): Promise<Record<string, unknown>> {
  for (;;) {
    const found = emitted.find((e) => e.event === event);
    if (found !== undefined) return found.payload as Record<string, unknown>;
    await new Promise<void>((resolve) => (onEvent = resolve));
  }
}

/** A connection assuming a role with MFA, asked of the stand-in with a saved connection's keys. */
async function roleConnection(): Promise<string> {
  const call = contractCaller(core.dispatch);
  const place = {
    provider: 'ceph',
    endpoint: sts.endpoint,
    region: 'us-east-1',
    addressing: 'path',
  } as const;
  const caller = await call('profiles.save', {
    name: 'Base keys',
    ...place,
    accessKeyId: 'AKIDBASE',
    secretAccessKey: 'base-secret',
  });
  const role = await call('profiles.save', {
    name: 'Partner data',
    ...place,
    accessKeyId: '',
    credentialSource: {
      kind: 'assumeRole',
      caller: { kind: 'connection', connectionId: caller.id },
      roleArn: 'arn:aws:iam::123456789012:role/Partner',
      sessionName: 'holdall',
      durationSeconds: 900,
      mfaSerial: 'arn:aws:iam::123456789012:mfa/ana',
    },
  });
  return role.id;
}

const signal = () => ({ signal: new AbortController().signal });
const roleRequests = () => sts.requests.filter((form) => form.get('Action') === 'AssumeRole');

describe('the MFA prompt of a role connection, through the contract', () => {
  it('asks the renderer for a code, checks it, and forwards it to STS once', async () => {
    const listing = core.dispatch('buckets.list', { profileId: await roleConnection() }, signal());
    const needed = await next('credentials.needed');
    expect(needed).toMatchObject({
      connectionName: 'Partner data',
      roleArn: 'arn:aws:iam::123456789012:role/Partner',
      mfaSerial: 'arn:aws:iam::123456789012:mfa/ana',
    });
    const requestId = needed.requestId as string;

    const short = await core.dispatch('credentials.answer', { requestId, code: '12345' }, signal());
    expect(short).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(JSON.stringify(short)).toContain('must be the 6 digits your authenticator shows');

    const given = await core.dispatch(
      'credentials.answer',
      { requestId, code: '654321' },
      signal(),
    );
    expect(given).toEqual({ ok: true, value: {} });
    expect(await next('credentials.settled')).toEqual({ requestId });
    const again = await core.dispatch(
      'credentials.answer',
      { requestId, code: '654321' },
      signal(),
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });

    await listing;
    expect(roleRequests().map((form) => [form.get('SerialNumber'), form.get('TokenCode')])).toEqual(
      [['arn:aws:iam::123456789012:mfa/ana', '654321']],
    );
    // Events reach the renderer: no code, secret or session token rides on them.
    const events = JSON.stringify(emitted);
    for (const secret of ['654321', 'base-secret', 'standin-secret', 'standin-token']) {
      expect(events).not.toContain(secret);
    }
  });

  it('fails the request as canceled, without asking STS, when the user cancels', async () => {
    const listing = core.dispatch('buckets.list', { profileId: await roleConnection() }, signal());
    const { requestId } = await next('credentials.needed');
    await core.dispatch('credentials.answer', { requestId, cancel: true }, signal());
    expect(await listing).toMatchObject({
      ok: false,
      error: { code: 'Canceled', message: 'Signing in was canceled.', details: { signIn: true } },
    });
    expect(roleRequests()).toHaveLength(0);
  });
});
