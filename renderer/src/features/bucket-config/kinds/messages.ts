import { localized } from '../../../i18n/localized.js';
import { lifecycleSchemaZh } from './lifecycle/schema-messages.js';

/**
 * Custom messages of the shared schemas (shared/domain/config), in each language. zod's own
 * messages come translated by its locale; these are the schema authors' words.
 */
const schemaEn: Readonly<Record<string, string>> = {};

const en = {
  /** Raw text that is not the document: where and why. */
  /** The editor puts "Line n:" before it. */
  syntax: (column: number, detail: string) => `Column ${column}: ${detail}`,
  wrongRoot: (expected: string, found: string) =>
    found === ''
      ? `The document must be a <${expected}> element.`
      : `The document must be a <${expected}> element, not <${found}>.`,
  unknownField: (name: string, where: string) =>
    where === '' ? `Unknown field "${name}".` : `Unknown field "${name}" in ${where}.`,
  notText: (where: string) => `${where} must be text.`,
  notInteger: (where: string) => `${where} must be a whole number.`,
  notBoolean: (where: string) => `${where} must be true or false.`,
  notStructure: (where: string) =>
    where === '' ? 'Expected an object.' : `${where} must hold fields, not text.`,
  notList: (where: string) => `${where} must be a list.`,
  repeated: (where: string) => `${where} may appear only once.`,
  /** A schema message in the raw view, with the field it is about. */
  atField: (where: string, message: string) => (where === '' ? message : `${where}: ${message}`),
  schema: schemaEn,
  usedByAnother: (id: string, what: 'rule' | 'notification') =>
    `"${id}" is used by another ${what}`,
  limits: {
    unsupportedField: (provider: string, field: string) => `${provider} does not take ${field}.`,
    otherDestination: (provider: string, first: string) =>
      `${provider} replicates every rule to one bucket: use ${first}, as the first rule does.`,
    overlappingPrefix: (provider: string, other: string) =>
      `${provider} does not allow rules whose prefixes overlap: this one overlaps "${other}".`,
    unsupportedKind: (provider: string, kind: string) =>
      `${provider} only sends notifications to topics, not ${kind}.`,
    kinds: { topic: 'topics', queue: 'queues', cloudFunction: 'cloud functions' },
  },
};

export const s3DocumentMessages = localized({
  en,
  'zh-CN': {
    syntax: (column: number, detail: string) => `第 ${column} 列：${detail}`,
    wrongRoot: (expected: string, found: string) =>
      found === ''
        ? `文档的根元素必须是 <${expected}>。`
        : `文档的根元素必须是 <${expected}>，而不是 <${found}>。`,
    unknownField: (name: string, where: string) =>
      where === '' ? `未知字段“${name}”。` : `${where} 中有未知字段“${name}”。`,
    notText: (where: string) => `${where} 必须是文本。`,
    notInteger: (where: string) => `${where} 必须是整数。`,
    notBoolean: (where: string) => `${where} 必须是 true 或 false。`,
    notStructure: (where: string) =>
      where === '' ? '应为一个对象。' : `${where} 应包含字段，而不是文本。`,
    notList: (where: string) => `${where} 必须是列表。`,
    repeated: (where: string) => `${where} 只能出现一次。`,
    atField: (where: string, message: string) => (where === '' ? message : `${where}：${message}`),
    schema: {
      ...lifecycleSchemaZh,
      'at most 1,000 rules': '最多 1,000 条规则',
      'at most 10 tags': '最多 10 个标签',
      'at most 50 tags': '最多 50 个标签',
      'is already used': '已被使用',
      'is also to be removed': '同时被标记为移除',
      'changes nothing': '没有任何更改',
      'at most 20 headers': '最多 20 个请求头',
      'at most 50 routing rules': '最多 50 条路由规则',
      'at most 100 rules': '最多 100 条规则',
      'is not a header name (or "*")': '不是有效的请求头名称（或“*”）',
      'is not a header name': '不是有效的请求头名称',
      'is not a host name': '不是有效的主机名',
      'is not a storage class name': '不是有效的存储类型名称',
      'is not an S3 event name such as s3:ObjectCreated:*':
        '不是有效的 S3 事件名称（例如 s3:ObjectCreated:*）',
      'is required unless all requests are redirected': '除非重定向所有请求，否则必须填写',
      'is required': '必填',
      'may hold 1 to 256 letters, digits, hyphens and underscores':
        '只能包含 1 到 256 个字母、数字、连字符和下划线',
      'may hold at most one "*"': '最多只能包含一个“*”',
      'may replace the key prefix or the whole key, not both':
        '只能替换前缀或整个对象键，不能同时替换',
      'must be a bucket ARN such as arn:aws:s3:::my-bucket':
        '必须是存储桶 ARN，例如 arn:aws:s3:::my-bucket',
      'must be at most 128 characters': '最多 128 个字符',
      'must be at most 256 characters': '最多 256 个字符',
      'must not start with "aws:"': '不能以“aws:”开头',
      'must be an SNS ARN': '必须是 SNS 主题 ARN',
      'must be an SQS ARN': '必须是 SQS 队列 ARN',
      'must be an LAMBDA ARN': '必须是函数计算 ARN',
      'must be an http:// or https:// URL': '必须是 http:// 或 https:// 开头的网址',
      'must be an origin such as https://app.example': '必须是来源地址，例如 https://app.example',
      'must be left out when all requests are redirected': '重定向所有请求时不能填写此项',
      'must not be empty (leave it out)': '不能为空（不需要时请留空此项）',
      'must not be empty': '不能为空',
      'must not contain "/"': '不能包含“/”',
      'needs a key prefix or an error code (or leave the condition out)':
        '需要填写前缀或错误码（或不设置条件）',
      'needs at least one event': '至少选择一个事件',
      'needs at least one method': '至少选择一个方法',
      'needs at least one origin': '至少需要一个来源',
      'needs at least one tag (delete the tag set to remove all)':
        '至少需要一个标签（要全部移除，请删除标签集）',
      'needs at least one rule (delete the configuration to remove all)':
        '至少需要一条规则（要全部移除，请删除配置）',
    },
    usedByAnother: (id: string, what: 'rule' | 'notification') =>
      `“${id}”已被另一条${what === 'rule' ? '规则' : '通知'}使用`,
    limits: {
      unsupportedField: (provider: string, field: string) => `${provider} 不支持 ${field}。`,
      otherDestination: (provider: string, first: string) =>
        `${provider} 的所有规则只能复制到同一个存储桶：请使用第一条规则的 ${first}。`,
      overlappingPrefix: (provider: string, other: string) =>
        `${provider} 不允许规则的前缀相互重叠：此前缀与“${other}”重叠。`,
      unsupportedKind: (provider: string, kind: string) =>
        `${provider} 只能把事件通知发送到主题，不支持${kind}。`,
      kinds: { topic: '主题', queue: '队列', cloudFunction: '函数' },
    },
  },
});

const usedBy = /^"(.*)" is used by another (rule|notification)$/;

/** A schema message in the current language (unchanged when no translation is known). */
export function schemaMessage(message: string): string {
  const known = s3DocumentMessages.schema[message];
  if (known !== undefined) return known;
  const dup = usedBy.exec(message);
  if (dup === null) return message;
  return s3DocumentMessages.usedByAnother(
    dup[1] ?? '',
    dup[2] === 'rule' ? 'rule' : 'notification',
  );
}
