/** The lifecycle schema's own messages in Simplified Chinese (English is the schema's text). */
export const lifecycleSchemaZh: Readonly<Record<string, string>> = {
  'must be a date at midnight UTC, e.g. 2027-01-01T00:00:00.000Z':
    '必须是 UTC 零点的日期，例如 2027-01-01T00:00:00.000Z',
  'must be a whole number': '必须是整数',
  'must be at least 0': '不能小于 0',
  'must be at least 1': '不能小于 1',
  'must be at most 255 characters': '最多 255 个字符',
  'needs days or a date (not both)': '需要填写天数或日期（不能同时填写）',
  'needs exactly one of days, a date or expired delete markers':
    '天数、日期和过期删除标记三者必须且只能选择一项',
  'needs at least one action': '至少需要一个操作',
  'cannot be used with a tag filter': '不能与标签筛选同时使用',
  'must be more than the minimum size': '必须大于最小大小',
  'must not mix days and dates in one rule': '同一条规则中不能混用天数和日期',
  'must be more days than every transition': '天数必须多于每个转换的天数',
  'is already the target of another transition': '已是另一个转换的目标',
};
