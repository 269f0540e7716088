import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetTopicAttributesCommand,
  ListTopicsCommand,
  SNSClient,
  SNSServiceException,
} from '@aws-sdk/client-sns';
import { AppError } from '../../../../shared/contract/envelope.js';
import type { ErrorCode } from '../../../../shared/contract/envelope.js';
import type { Topic, TopicDraft } from '../../../../shared/domain/config/topics.js';
import type { ClientSettings } from '../../s3/client-factory.js';

/** What an SNS client needs: the same endpoint, region and keys as the S3 connection. */
export type TopicSettings = Pick<
  ClientSettings,
  'endpoint' | 'region' | 'accessKeyId' | 'secretAccessKey'
>;

/** Topic calls are rare, so each gets a short-lived client rather than a pooled one. */
async function withSns<T>(
  settings: TopicSettings,
  run: (sns: SNSClient) => Promise<T>,
): Promise<T> {
  const sns = new SNSClient({
    region: settings.region,
    ...(settings.endpoint === '' ? {} : { endpoint: settings.endpoint }),
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    maxAttempts: 3,
  });
  try {
    return await run(sns);
  } catch (err) {
    throw err instanceof SNSServiceException ? snsError(err) : err;
  } finally {
    sns.destroy();
  }
}

const snsCodes: Readonly<Record<string, ErrorCode>> = {
  AccessDenied: 'AccessDenied',
  AuthorizationError: 'AccessDenied',
  InvalidAccessKeyId: 'InvalidAccessKeyId',
  InvalidClientTokenId: 'InvalidAccessKeyId',
  SignatureDoesNotMatch: 'SignatureDoesNotMatch',
  InvalidParameter: 'InvalidArgument',
  InvalidArgument: 'InvalidArgument',
  NotImplemented: 'NotImplemented',
  MethodNotAllowed: 'MethodNotAllowed',
  Throttling: 'Throttled',
};

/** The S3 error mapper knows S3's exceptions only; SNS's are named here, same shape. */
function snsError(err: SNSServiceException): AppError {
  const said = err.message === '' || err.message === 'UnknownError' ? '' : `: ${err.message}`;
  return new AppError(
    snsCodes[err.name] ?? 'S3Error',
    `The topic service answered ${err.name}${said}`,
    {
      snsCode: err.name,
      status: err.$metadata.httpStatusCode,
      requestId: err.$metadata.requestId,
    },
  );
}

/** RGW writes booleans as text. */
function flag(value: unknown): boolean | null {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return null;
}

export function topicNameOfArn(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}

/**
 * Where a topic pushes and whether it persists, as far as the server says: RGW
 * reports both inside an "EndPoint" JSON attribute; AWS has no such notion.
 */
export function pushDetails(
  attributes: Readonly<Record<string, string>> | undefined,
): Pick<Topic, 'pushEndpoint' | 'persistent'> {
  let endpoint: { EndpointAddress?: unknown; Persistent?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(attributes?.['EndPoint'] ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) endpoint = parsed;
  } catch {
    // Not RGW's format: fall through to the plain attributes.
  }
  const address = endpoint.EndpointAddress ?? attributes?.['push-endpoint'];
  const persistent = endpoint.Persistent ?? attributes?.['persistent'];
  return {
    pushEndpoint: typeof address === 'string' && address !== '' ? address : null,
    persistent: flag(persistent),
  };
}

async function describeTopic(sns: SNSClient, arn: string, signal?: AbortSignal): Promise<Topic> {
  const base = { arn, name: topicNameOfArn(arn) };
  try {
    const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }), {
      abortSignal: signal,
    });
    return { ...base, ...pushDetails(out.Attributes) };
  } catch (err) {
    if (signal?.aborted === true) throw err;
    // The list stays useful without the details (older servers lack this call).
    return { ...base, pushEndpoint: null, persistent: null };
  }
}

const DESCRIBE_AT_ONCE = 8;

export function listTopics(settings: TopicSettings, signal?: AbortSignal): Promise<Topic[]> {
  return withSns(settings, async (sns) => {
    const arns: string[] = [];
    let token: string | undefined;
    do {
      const page = await sns.send(new ListTopicsCommand({ NextToken: token }), {
        abortSignal: signal,
      });
      arns.push(...(page.Topics ?? []).flatMap((t) => (t.TopicArn ? [t.TopicArn] : [])));
      token = page.NextToken || undefined;
    } while (token !== undefined);
    const topics: Topic[] = [];
    for (let i = 0; i < arns.length; i += DESCRIBE_AT_ONCE) {
      const batch = arns.slice(i, i + DESCRIBE_AT_ONCE);
      topics.push(...(await Promise.all(batch.map((arn) => describeTopic(sns, arn, signal)))));
    }
    return topics.sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** RGW's topic attributes: `push-endpoint` is where events go, `persistent` queues them. */
export function createTopic(
  settings: TopicSettings,
  draft: TopicDraft,
  signal?: AbortSignal,
): Promise<Topic> {
  return withSns(settings, async (sns) => {
    const out = await sns.send(
      new CreateTopicCommand({
        Name: draft.name,
        Attributes: { 'push-endpoint': draft.pushEndpoint, persistent: String(draft.persistent) },
      }),
      { abortSignal: signal },
    );
    const arn = out.TopicArn;
    if (arn === undefined) throw new AppError('S3Error', 'The server created no topic ARN.');
    return {
      arn,
      name: draft.name,
      pushEndpoint: draft.pushEndpoint,
      persistent: draft.persistent,
    };
  });
}

export function deleteTopic(
  settings: TopicSettings,
  arn: string,
  signal?: AbortSignal,
): Promise<void> {
  return withSns(settings, async (sns) => {
    await sns.send(new DeleteTopicCommand({ TopicArn: arn }), { abortSignal: signal });
  });
}
