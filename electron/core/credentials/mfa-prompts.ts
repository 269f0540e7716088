import { randomUUID } from 'node:crypto';
import type { EmitEvent } from '../../../shared/contract/handlers.js';
import { AppError } from '../../../shared/contract/envelope.js';
import type { MfaCodeRequest } from './assume-role.js';
import type { DeviceCodeRequest } from './sso-token.js';

/** How long a sign-in waits for the user's code: long enough to find the phone, not forever. */
export const MFA_PROMPT_TIMEOUT_MS = 5 * 60_000;

interface Waiting {
  resolve: (code: string) => void;
  reject: (err: AppError) => void;
  timer: NodeJS.Timeout;
}

/**
 * MFA codes asked of the renderer: each request is an event with an id the renderer answers
 * through `credentials.answer`; a code is handed to the one STS request that asked and not kept.
 */
export class MfaPrompts {
  readonly #waiting = new Map<string, Waiting>();
  readonly #emit: EmitEvent;
  readonly #timeoutMs: number;

  constructor(emit: EmitEvent, timeoutMs = MFA_PROMPT_TIMEOUT_MS) {
    this.#emit = emit;
    this.#timeoutMs = timeoutMs;
  }

  ask(request: MfaCodeRequest & { connectionName: string }): Promise<string> {
    const requestId = randomUUID();
    const deadline = Date.now() + this.#timeoutMs;
    const answered = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#settle(requestId)?.reject(
          new AppError(
            'Timeout',
            `No MFA code was entered within ${Math.round(this.#timeoutMs / 60_000)} minutes; sign in again to retry.`,
          ),
        );
      }, this.#timeoutMs);
      this.#waiting.set(requestId, { resolve, reject, timer });
    });
    this.#emit('credentials.needed', {
      requestId,
      connectionName: request.connectionName,
      roleArn: request.roleArn,
      mfaSerial: request.mfaSerial,
      deadline,
    });
    return answered;
  }

  /**
   * Shows an IAM Identity Center sign-in code until `done` (or its deadline); Cancel in the
   * dialog (a `credentials.answer` without a code) aborts the returned signal.
   */
  showDeviceCode(request: DeviceCodeRequest): { signal: AbortSignal; done: () => void } {
    const requestId = randomUUID();
    const canceled = new AbortController();
    const timer = setTimeout(
      () => this.#settle(requestId),
      Math.max(0, request.deadline - Date.now()),
    );
    this.#waiting.set(requestId, {
      resolve: () => undefined,
      reject: (err) => canceled.abort(err),
      timer,
    });
    this.#emit('credentials.deviceCode', { requestId, ...request });
    return { signal: canceled.signal, done: () => void this.#settle(requestId) };
  }

  /** The user's answer: a code, or undefined for cancel. False when nothing waits for it. */
  answer(requestId: string, code: string | undefined): boolean {
    const waiting = this.#settle(requestId);
    if (waiting === undefined) return false;
    // `signIn` marks a sign-in the user stopped, so the page can offer to sign in again.
    if (code === undefined) {
      waiting.reject(new AppError('Canceled', 'Signing in was canceled.', { signIn: true }));
    } else waiting.resolve(code);
    return true;
  }

  #settle(requestId: string): Waiting | undefined {
    const waiting = this.#waiting.get(requestId);
    if (waiting === undefined) return undefined;
    this.#waiting.delete(requestId);
    clearTimeout(waiting.timer);
    this.#emit('credentials.settled', { requestId });
    return waiting;
  }

  /** Fails every waiting sign-in (the core is closing). */
  close(): void {
    for (const id of [...this.#waiting.keys()]) this.answer(id, undefined);
  }
}
