import { localized } from '../../../../i18n/localized.js';

const en = {
  intro:
    'Lifecycle rules delete or move objects by age, clean up old versions and incomplete uploads. The server runs them about once a day; applying replaces every rule.',
  rule: (n: number) => `Lifecycle rule ${n}`,
  addRule: 'Add rule',
  removeRule: 'Remove rule',
  id: 'Rule ID',
  status: 'Status',
  statuses: { Enabled: 'Enabled', Disabled: 'Disabled' },
  appliesTo: 'Applies to',
  prefix: 'Prefix',
  prefixHint: 'Keys starting with this; empty means the whole bucket.',
  tags: 'Only objects with these tags',
  larger: 'Larger than (bytes)',
  smaller: 'Smaller than (bytes)',
  actions: 'Actions',
  expiration: 'Delete current objects',
  expirationModes: {
    none: 'Never',
    days: 'Some days after upload',
    date: 'From a date on',
    marker: 'Only remove expired delete markers',
  },
  days: 'Days after upload',
  date: 'Date (midnight UTC)',
  transitions: 'Move to another storage class',
  transition: (n: number) => `Transition ${n}`,
  addTransition: 'Add transition',
  removeTransition: (n: number) => `Remove transition ${n}`,
  transitionDays: (n: number) => `Days after upload (transition ${n})`,
  transitionDate: (n: number) => `Or on a date (transition ${n})`,
  storageClass: (n: number) => `Storage class (transition ${n})`,
  storageClassHint: (offered: string) =>
    offered === '' ? 'The server names its classes.' : `Offered: ${offered}.`,
  noncurrentDays: 'Delete noncurrent versions after (days)',
  noncurrentDaysHint: 'Counted from the moment a newer version replaced them.',
  newerNoncurrent: 'Noncurrent versions to keep',
  newerNoncurrentHint: 'The newest ones, however old; leave empty to keep none.',
  abortDays: 'Abort incomplete multipart uploads after (days)',
  noncurrentTransitionsKept: (n: number) =>
    `${n} noncurrent-version transition(s) kept; edit them in the raw view.`,
  summary: (n: number) => `What rule ${n} does`,
  summaryNone: 'Nothing yet: add an action.',
  unsupported: {
    field: (provider: string, field: string) => `${provider} does not take ${field}.`,
    idTooLong: (provider: string, max: number) =>
      `${provider} takes rule IDs of at most ${max} characters.`,
    storageClass: (provider: string, offered: string) =>
      offered === ''
        ? `${provider} does not move objects to other storage classes.`
        : `${provider} moves objects only to ${offered}.`,
  },
  /** Plain-words summary of a rule, one sentence per action. */
  say: {
    allObjects: 'all objects',
    objects: (qualifiers: string) => `objects ${qualifiers}`,
    noncurrent: (qualifiers: string) =>
      qualifiers === '' ? 'noncurrent versions' : `noncurrent versions of objects ${qualifiers}`,
    under: (prefix: string) => `under ${prefix}`,
    tagged: (tags: string) => `tagged ${tags}`,
    tagJoin: ' and ',
    qualifierJoin: ' ',
    larger: (size: string) => `larger than ${size}`,
    smaller: (size: string) => `smaller than ${size}`,
    days: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    disabled: 'Disabled: does nothing until it is enabled.',
    expireDays: (what: string, days: string) => `Deletes ${what} ${days} after upload`,
    expireDate: (what: string, date: string) => `Deletes ${what} from ${date} on`,
    expireMarkers: 'Removes delete markers that no longer hide any version',
    moveDays: (what: string, storageClass: string, days: string) =>
      `Moves ${what} to ${storageClass} ${days} after upload`,
    moveDate: (what: string, storageClass: string, date: string) =>
      `Moves ${what} to ${storageClass} from ${date} on`,
    keepNoncurrent: (kept: number, days: string) =>
      `Keeps ${kept} noncurrent ${kept === 1 ? 'version' : 'versions'}, deletes older ones after ${days}`,
    expireNoncurrent: (what: string, days: string) =>
      `Deletes ${what} ${days} after they become noncurrent`,
    moveNoncurrent: (what: string, storageClass: string, days: string) =>
      `Moves ${what} to ${storageClass} ${days} after they become noncurrent`,
    abort: (days: string) => `Aborts incomplete multipart uploads ${days} after they start`,
  },
};

export const lifecycleMessages = localized({
  en,
  'zh-CN': {
    intro:
      '生命周期规则按对象的存在时间删除或转移对象，并清理旧版本和未完成的上传。服务器大约每天执行一次；应用时会替换全部规则。',
    rule: (n: number) => `生命周期规则 ${n}`,
    addRule: '添加规则',
    removeRule: '删除规则',
    id: '规则 ID',
    status: '状态',
    statuses: { Enabled: '启用', Disabled: '停用' },
    appliesTo: '适用范围',
    prefix: '前缀',
    prefixHint: '以此开头的对象键；留空表示整个存储桶。',
    tags: '仅限带有这些标签的对象',
    larger: '大于（字节）',
    smaller: '小于（字节）',
    actions: '操作',
    expiration: '删除当前对象',
    expirationModes: {
      none: '从不',
      days: '上传若干天后',
      date: '自某一日期起',
      marker: '仅移除过期的删除标记',
    },
    days: '上传后天数',
    date: '日期（UTC 零点）',
    transitions: '转为其他存储类型',
    transition: (n: number) => `转换 ${n}`,
    addTransition: '添加转换',
    removeTransition: (n: number) => `删除转换 ${n}`,
    transitionDays: (n: number) => `上传后天数（转换 ${n}）`,
    transitionDate: (n: number) => `或指定日期（转换 ${n}）`,
    storageClass: (n: number) => `存储类型（转换 ${n}）`,
    storageClassHint: (offered: string) =>
      offered === '' ? '由服务器定义存储类型。' : `可选：${offered}。`,
    noncurrentDays: '非当前版本在多少天后删除',
    noncurrentDaysHint: '从被更新的版本取代时开始计算。',
    newerNoncurrent: '保留的非当前版本数',
    newerNoncurrentHint: '保留最新的若干个，无论多旧；留空则不保留。',
    abortDays: '未完成的分片上传在多少天后中止',
    noncurrentTransitionsKept: (n: number) =>
      `保留了 ${n} 个非当前版本的转换；请在原始视图中编辑。`,
    summary: (n: number) => `规则 ${n} 的作用`,
    summaryNone: '尚无操作：请添加一个操作。',
    unsupported: {
      field: (provider: string, field: string) => `${provider} 不支持 ${field}。`,
      idTooLong: (provider: string, max: number) => `${provider} 的规则 ID 最多 ${max} 个字符。`,
      storageClass: (provider: string, offered: string) =>
        offered === ''
          ? `${provider} 不支持将对象转为其他存储类型。`
          : `${provider} 只能将对象转为 ${offered}。`,
    },
    say: {
      allObjects: '所有对象',
      objects: (qualifiers: string) => `${qualifiers}的对象`,
      noncurrent: (qualifiers: string) =>
        qualifiers === '' ? '非当前版本' : `${qualifiers}的对象的非当前版本`,
      under: (prefix: string) => `“${prefix}”下`,
      tagged: (tags: string) => `带标签 ${tags}`,
      tagJoin: '、',
      qualifierJoin: '、',
      larger: (size: string) => `大于 ${size}`,
      smaller: (size: string) => `小于 ${size}`,
      days: (n: number) => `${n} 天`,
      disabled: '已停用：启用之前不会执行任何操作。',
      expireDays: (what: string, days: string) => `上传 ${days}后删除${what}`,
      expireDate: (what: string, date: string) => `自 ${date} 起删除${what}`,
      expireMarkers: '移除不再遮盖任何版本的删除标记',
      moveDays: (what: string, storageClass: string, days: string) =>
        `上传 ${days}后将${what}转为 ${storageClass}`,
      moveDate: (what: string, storageClass: string, date: string) =>
        `自 ${date} 起将${what}转为 ${storageClass}`,
      keepNoncurrent: (kept: number, days: string) =>
        `保留 ${kept} 个非当前版本，更早的版本在 ${days}后删除`,
      expireNoncurrent: (what: string, days: string) => `${what}在变为非当前版本 ${days}后删除`,
      moveNoncurrent: (what: string, storageClass: string, days: string) =>
        `${what}在变为非当前版本 ${days}后转为 ${storageClass}`,
      abort: (days: string) => `未完成的分片上传在开始 ${days}后中止`,
    },
  },
});
