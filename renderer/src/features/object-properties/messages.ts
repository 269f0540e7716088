import { localized } from '../../i18n/localized.js';
import type { MetadataNameProblem } from './metadata-rows.js';
import type { EditableHeader, HeaderProblem } from './properties-draft.js';
import { formatCount } from '../../lib/format-count.js';

/** Every string the object properties dialog shows, in each language Holdall speaks. */
const en = {
  action: 'Properties…',
  command: 'Properties of the selected object',
  title: (name: string) => `Properties of ${name}`,
  loading: 'Loading…',
  factsLabel: 'Stored facts',
  key: 'Key',
  size: 'Size',
  sizeValue: (human: string, n: number) => `${human} (${formatCount(n)} bytes)`,
  lastModified: 'Last modified',
  etag: 'ETag',
  versionId: 'Version ID',
  expires: 'Expires',
  none: '—',
  headersHeading: 'HTTP headers',
  headers: {
    contentType: 'Content-Type',
    cacheControl: 'Cache-Control',
    contentDisposition: 'Content-Disposition',
    contentEncoding: 'Content-Encoding',
    contentLanguage: 'Content-Language',
  } satisfies Record<EditableHeader, string>,
  headerProblems: {
    characters: 'Use printable ASCII characters only.',
    tooLong: 'This value is too long.',
  } satisfies Record<HeaderProblem, string>,
  storageClass: 'Storage class',
  storageClassHint: 'Classes this provider offers. Changing it rewrites the object.',
  storageClassUnknown: (name: string) =>
    `Holdall cannot keep the class ${name} when it rewrites the object; pick one of the listed classes.`,
  metadataHeading: 'User metadata (x-amz-meta-*)',
  metadataName: 'Name',
  metadataValue: 'Value',
  metadataNameOf: (n: number) => `Metadata name ${n}`,
  metadataValueOf: (n: number) => `Metadata value ${n}`,
  removeRow: (name: string) => `Remove metadata ${name === '' ? 'entry' : name}`,
  addRow: 'Add metadata',
  noMetadata: 'No user metadata.',
  nameProblems: {
    required: 'Enter a name.',
    characters: 'Names may hold letters, digits, hyphens, underscores and dots only.',
    tooLong: 'Names may be at most 128 characters.',
    duplicate: 'This name is already used (names are not case-sensitive).',
  } satisfies Record<MetadataNameProblem, string>,
  valueProblem: 'Values may hold printable ASCII characters only.',
  metadataTotal: (used: number, limit: number) =>
    `${formatCount(used)} of ${formatCount(limit)} bytes used`,
  metadataOver: (over: number) =>
    `User metadata is ${formatCount(over)} bytes over S3’s 2 KB limit for names and values together.`,
  tagsHeading: 'Tags',
  tagsHint: 'When only tags change they are saved on their own; the object is not rewritten.',
  tagsUnreadable: (reason: string) => `The tags could not be read: ${reason}`,
  fixFirst: 'Fix the marked fields; nothing was sent.',
  applyHint:
    'Applying copies the object onto itself with the new headers; its bytes stay the same, its ETag and date may change.',
  apply: 'Apply',
  applying: 'Applying…',
  applied: 'Saved. Showing what the server stored.',
  close: 'Close',
};

export const propertiesMessages = localized({
  en,
  'zh-CN': {
    action: '属性…',
    command: '查看所选对象的属性',
    title: (name: string) => `“${name}”的属性`,
    loading: '正在加载…',
    factsLabel: '存储信息',
    key: '对象键',
    size: '大小',
    sizeValue: (human: string, n: number) => `${human}（${formatCount(n)} 字节）`,
    lastModified: '最后修改时间',
    etag: 'ETag',
    versionId: '版本 ID',
    expires: '过期时间（Expires）',
    none: '—',
    headersHeading: 'HTTP 头',
    headers: {
      contentType: 'Content-Type',
      cacheControl: 'Cache-Control',
      contentDisposition: 'Content-Disposition',
      contentEncoding: 'Content-Encoding',
      contentLanguage: 'Content-Language',
    },
    headerProblems: {
      characters: '只能使用可打印的 ASCII 字符。',
      tooLong: '该值过长。',
    },
    storageClass: '存储类型',
    storageClassHint: '此服务商提供的存储类型。更改后将重写该对象。',
    storageClassUnknown: (name: string) =>
      `重写对象时 Holdall 无法保留存储类型 ${name}；请从列出的类型中选择一个。`,
    metadataHeading: '自定义元数据（x-amz-meta-*）',
    metadataName: '名称',
    metadataValue: '值',
    metadataNameOf: (n: number) => `元数据名称 ${n}`,
    metadataValueOf: (n: number) => `元数据值 ${n}`,
    removeRow: (name: string) => `删除元数据${name === '' ? '条目' : ` ${name}`}`,
    addRow: '添加元数据',
    noMetadata: '没有自定义元数据。',
    nameProblems: {
      required: '请输入名称。',
      characters: '名称只能包含字母、数字、连字符、下划线和点。',
      tooLong: '名称最多 128 个字符。',
      duplicate: '该名称已被使用（名称不区分大小写）。',
    },
    valueProblem: '值只能包含可打印的 ASCII 字符。',
    metadataTotal: (used: number, limit: number) =>
      `已使用 ${formatCount(used)} / ${formatCount(limit)} 字节`,
    metadataOver: (over: number) =>
      `自定义元数据超出 S3 的 2 KB 上限（名称与值合计）${formatCount(over)} 字节。`,
    tagsHeading: '标签',
    tagsHint: '只修改标签时会单独保存标签，不会重写对象。',
    tagsUnreadable: (reason: string) => `无法读取标签：${reason}`,
    fixFirst: '请修正标出的字段；尚未发送任何请求。',
    applyHint: '应用时会将对象复制到自身并写入新的头信息；内容不变，ETag 和修改时间可能改变。',
    apply: '应用',
    applying: '正在应用…',
    applied: '已保存。下方显示服务器存储的内容。',
    close: '关闭',
  },
});
