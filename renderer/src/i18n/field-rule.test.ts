import { afterEach, describe, expect, it } from 'vitest';
import { newBucketNameSchema } from '../../../shared/domain/bucket-name.js';
import { localeStore } from './locale-store.js';
import { fieldRule } from './field-rule.js';

function firstIssue(name: string): string {
  const parsed = newBucketNameSchema.safeParse(name);
  return parsed.success ? '' : (parsed.error.issues[0]?.message ?? '');
}

describe('fieldRule', () => {
  afterEach(() => localeStore().set('en'));

  it('puts the field first in English and passes whole sentences through', () => {
    expect(fieldRule('Name', 'is required')).toBe('Name is required');
    expect(fieldRule('Name', 'Too long')).toBe('Too long');
  });

  it('says the bucket name rules in Chinese, with an English rule it does not know kept readable', () => {
    localeStore().set('zh-CN');
    expect(fieldRule('名称', firstIssue('ab'))).toBe('名称长度必须为 3 到 63 个字符');
    expect(fieldRule('名称', firstIssue('Bad_Name'))).toBe('名称必须为小写');
    expect(fieldRule('名称', firstIssue('bad_name'))).toBe('名称只能包含字母、数字、点和短横线');
    expect(fieldRule('名称', firstIssue('-name'))).toBe('名称必须以字母或数字开头');
    expect(fieldRule('名称', firstIssue('name-'))).toBe('名称必须以字母或数字结尾');
    expect(fieldRule('名称', firstIssue('a.-b'))).toBe('名称点和短横线不能相邻');
    expect(fieldRule('名称', firstIssue('a..b'))).toBe('名称不能包含连续的两个点');
    expect(fieldRule('名称', firstIssue('10.0.0.1'))).toBe('名称不能是 IP 地址的形式');
    expect(fieldRule('名称', 'must rhyme')).toBe('名称不符合要求：must rhyme');
  });
});
