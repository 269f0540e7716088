import { localeStore } from './locale-store.js';

/**
 * The shared schemas word their rules as predicates to follow a field's name ("is required").
 * Chinese for the ones the forms meet; a rule not listed shows in English after a Chinese lead-in.
 */
const zhRules: Readonly<Record<string, string>> = {
  'is required': '为必填项',
  'is not valid': '无效',
  'must be 3 to 63 characters': '长度必须为 3 到 63 个字符',
  'may hold lowercase letters, digits, dots and hyphens':
    '只能包含小写字母、数字、点和短横线，且必须以小写字母或数字开头和结尾',
  'must be lowercase': '必须为小写',
  'may only hold letters, digits, dots and hyphens': '只能包含字母、数字、点和短横线',
  'must start with a letter or digit': '必须以字母或数字开头',
  'must end with a letter or digit': '必须以字母或数字结尾',
  'must not hold two dots in a row': '不能包含连续的两个点',
  'must not put a dot next to a hyphen': '点和短横线不能相邻',
  'must not look like an IP address': '不能是 IP 地址的形式',
  'may only hold lowercase letters, digits, "-", "_" and ":"':
    '只能包含小写字母、数字、“-”、“_”和“:”',
  'may only hold lowercase letters, digits and hyphens': '只能包含小写字母、数字和短横线',
  'must be an http:// or https:// URL': '必须是以 http:// 或 https:// 开头的网址',
  'must be a whole number of seconds': '必须是整数秒',
  'must be 1 to 3600 seconds': '必须在 1 到 3600 秒之间',
  'must be 1 to 300 seconds': '必须在 1 到 300 秒之间',
  'must be a port from 1 to 65535': '必须是 1 到 65535 之间的端口',
  'must be a host name or IP address only': '只能是主机名或 IP 地址',
  'is required: choose a PEM file': '为必填项：请选择一个 PEM 文件',
  'must be an http:// or https:// proxy address (host and port)':
    '必须是 http:// 或 https:// 代理地址（主机和端口）',
};

/**
 * A schema's message about a field, as a sentence in the current language: "Name is required",
 * "名称为必填项". Messages that are already sentences (capitalised) pass through.
 */
export function fieldRule(label: string, message: string): string {
  if (!/^[a-z]/.test(message)) return message;
  if (localeStore().get() === 'en') return `${label} ${message}`;
  const rule = zhRules[message];
  return rule === undefined ? `${label}不符合要求：${message}` : `${label}${rule}`;
}
