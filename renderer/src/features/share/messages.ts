import { localized } from '../../i18n/localized.js';
import type { ExpiryProblem, ExpiryUnit } from './expiry.js';
import type { UploadFormProblems } from './upload-form-draft.js';
import { formatCount } from '../../lib/format-count.js';

type Problem<K extends keyof UploadFormProblems> = NonNullable<UploadFormProblems[K]>;

/** Every string the share link and upload form dialogs show, in each language Holdall speaks. */
const en = {
  shareAction: 'Share link…',
  shareCommand: 'Share link for the selected object',
  uploadFormAction: 'Upload form…',
  uploadFormCommand: 'Upload form for this folder',
  close: 'Close',
  generate: 'Create link',
  generating: 'Signing…',
  copy: 'Copy',
  copyWhat: (what: string) => `Copy ${what}`,
  copied: 'Copied',
  openLink: 'Open in browser',
  copyFailed: 'Could not copy; select the text and press Ctrl+C.',
  expiresAt: (date: string) => `Expires ${date}`,

  expiryLegend: 'Valid for',
  expiryPreset: (amount: number, unit: ExpiryUnit) => {
    const names = { minutes: 'minute', hours: 'hour', days: 'day' } as const;
    return `${formatCount(amount)} ${names[unit]}${amount === 1 ? '' : 's'}`;
  },
  expiryCustom: 'Custom',
  expiryAmount: 'Amount',
  expiryUnit: 'Unit',
  units: { minutes: 'minutes', hours: 'hours', days: 'days' } satisfies Record<ExpiryUnit, string>,
  expiryLimit: 'SigV4 signatures last at most 7 days.',
  expiryProblems: {
    notNumber: 'Enter a number.',
    notPositive: 'Enter more than zero.',
    tooLong: 'At most 7 days: SigV4 presigned links and forms cannot live longer.',
  } satisfies Record<ExpiryProblem, string>,

  shareTitle: (name: string) => `Share ${name}`,
  shareIntro:
    'Anyone with the link can download this object until it expires, without credentials.',
  downloadAs: 'Download as (optional)',
  downloadAsHint: 'The file name browsers save it under; empty keeps the object’s own.',
  downloadNameProblems: {
    separator: 'A file name cannot contain / or \\.',
    control: 'A file name cannot contain control characters.',
  },
  linkLabel: 'Presigned URL',

  uploadFormTitle: (folder: string) => `Upload form for ${folder}`,
  bucketRoot: 'the bucket’s root',
  uploadFormIntro:
    'A signed HTML form (and curl command) that lets anyone upload within these limits until it expires, without credentials.',
  keyLegend: 'Where uploads go',
  keyPrefixMode: 'Any file name in a folder (${filename})',
  keyExactMode: 'One exact key',
  prefixLabel: 'Key prefix',
  keyLabel: 'Key',
  keyProblems: {
    required: 'Enter a key.',
    tooLong: 'Keys are at most 1,024 bytes.',
  } satisfies Record<Problem<'key'>, string>,
  sizeLegend: 'File size (optional)',
  minSize: 'Minimum',
  maxSize: 'Maximum',
  sizeUnit: 'Size unit',
  sizeProblems: {
    notNumber: 'Enter a number.',
    belowMin: 'The maximum is below the minimum.',
    overLimit: 'POST uploads take at most 5 GiB.',
  } satisfies Record<Problem<'maxSize'>, string>,
  contentType: 'Content-Type (optional)',
  contentTypeMatch: 'Content-Type match',
  contentTypeMatches: {
    exact: 'Exactly this type (the form sets it)',
    prefix: 'Any type starting with this (the uploader completes it)',
  },
  contentTypeProblem: 'Use printable ASCII characters only.',
  successStatus: 'Answer on success',
  successStatusDefault: 'Server default (204 No Content)',
  redirect: 'Redirect after upload (optional)',
  redirectHint: 'An http(s) address the browser goes to after a successful upload.',
  redirectProblem: 'Enter an http:// or https:// address.',
  generateForm: 'Create form',
  formLabel: 'HTML form',
  curlLabel: 'curl command',
};

export const shareMessages = localized({
  en,
  'zh-CN': {
    shareAction: '分享链接…',
    shareCommand: '为所选对象生成分享链接',
    uploadFormAction: '上传表单…',
    uploadFormCommand: '为此文件夹生成上传表单',
    close: '关闭',
    generate: '生成链接',
    generating: '正在签名…',
    copy: '复制',
    copyWhat: (what: string) => `复制${what}`,
    copied: '已复制',
    openLink: '在浏览器中打开',
    copyFailed: '无法复制；请选中文本后按 Ctrl+C。',
    expiresAt: (date: string) => `${date} 过期`,

    expiryLegend: '有效期',
    expiryPreset: (amount: number, unit: ExpiryUnit) => {
      const names = { minutes: '分钟', hours: '小时', days: '天' } as const;
      return `${formatCount(amount)} ${names[unit]}`;
    },
    expiryCustom: '自定义',
    expiryAmount: '数值',
    expiryUnit: '单位',
    units: { minutes: '分钟', hours: '小时', days: '天' },
    expiryLimit: 'SigV4 签名最长有效 7 天。',
    expiryProblems: {
      notNumber: '请输入数字。',
      notPositive: '请输入大于 0 的数。',
      tooLong: '最长 7 天：SigV4 预签名链接和表单的有效期不能更长。',
    },

    shareTitle: (name: string) => `分享“${name}”`,
    shareIntro: '在过期之前，任何持有该链接的人都无需凭证即可下载此对象。',
    downloadAs: '下载文件名（可选）',
    downloadAsHint: '浏览器保存时使用的文件名；留空则使用对象自身的名称。',
    downloadNameProblems: {
      separator: '文件名不能包含 / 或 \\。',
      control: '文件名不能包含控制字符。',
    },
    linkLabel: '预签名 URL',

    uploadFormTitle: (folder: string) => `“${folder}”的上传表单`,
    bucketRoot: '存储桶根目录',
    uploadFormIntro:
      '生成已签名的 HTML 表单（及 curl 命令），在过期之前，任何人无需凭证即可在以下限制内上传。',
    keyLegend: '上传位置',
    keyPrefixMode: '文件夹内任意文件名（${filename}）',
    keyExactMode: '指定对象键',
    prefixLabel: '对象键前缀',
    keyLabel: '对象键',
    keyProblems: {
      required: '请输入对象键。',
      tooLong: '对象键最长 1,024 字节。',
    },
    sizeLegend: '文件大小（可选）',
    minSize: '最小',
    maxSize: '最大',
    sizeUnit: '大小单位',
    sizeProblems: {
      notNumber: '请输入数字。',
      belowMin: '最大值小于最小值。',
      overLimit: 'POST 上传最大 5 GiB。',
    },
    contentType: 'Content-Type（可选）',
    contentTypeMatch: 'Content-Type 匹配方式',
    contentTypeMatches: {
      exact: '必须为此类型（表单自动设置）',
      prefix: '以此开头的任意类型（由上传者补全）',
    },
    contentTypeProblem: '只能使用可打印的 ASCII 字符。',
    successStatus: '成功时的响应',
    successStatusDefault: '服务器默认（204 No Content）',
    redirect: '上传后跳转（可选）',
    redirectHint: '上传成功后浏览器跳转到的 http(s) 地址。',
    redirectProblem: '请输入 http:// 或 https:// 开头的地址。',
    generateForm: '生成表单',
    formLabel: 'HTML 表单',
    curlLabel: 'curl 命令',
  },
});
