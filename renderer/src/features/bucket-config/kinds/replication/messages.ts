import { localized } from '../../../../i18n/localized.js';

const en = {
  versioning: (bucket: string) =>
    `Replication copies object versions, so "${bucket}" needs versioning enabled; Holdall refuses to apply rules until it is.`,
  rgwSyncPolicy:
    'Ceph RGW also needs a sync policy on its zonegroup (set by the administrator with radosgw-admin sync group create), or it answers 405.',
  jdcloudLimits:
    'JD Cloud OSS replicates all rules to one destination bucket, does not allow overlapping prefixes, and does not take Role, Account, Owner, AccessControlTranslation or SourceSelectionCriteria.',
  role: 'IAM role',
  roleHint: 'AWS only: the role S3 assumes to replicate. Other providers need none.',
  rule: (n: number) => `Replication rule ${n}`,
  addRule: 'Add rule',
  removeRule: 'Remove rule',
  id: 'Rule ID',
  status: 'Status',
  statuses: { Enabled: 'Enabled', Disabled: 'Disabled' },
  priority: 'Priority',
  priorityHint: 'Higher wins when rules match the same object.',
  prefix: 'Prefix',
  prefixHint: 'Keys starting with this are replicated; empty replicates the whole bucket.',
  destination: 'Destination bucket',
  destinationHint: 'A bucket name, or its ARN (arn:aws:s3:::name).',
  storageClass: 'Storage class of replicas',
  sameStorageClass: 'Same as the source',
  account: 'Destination account',
  accountHint: 'AWS only: for replicating to another account.',
  deleteMarkers: 'Replicate delete markers',
  unset: 'Not set',
  tagsKept: (n: number) => `${n} tag filter(s) kept; edit them in the raw view.`,
};

export const replicationMessages = localized({
  en,
  'zh-CN': {
    versioning: (bucket: string) =>
      `跨区域复制会复制对象的版本，因此“${bucket}”需要开启版本控制；开启之前 Holdall 不会应用复制规则。`,
    rgwSyncPolicy:
      'Ceph RGW 还需要在其 zonegroup 上设置同步策略（由管理员使用 radosgw-admin sync group create 设置），否则会返回 405。',
    jdcloudLimits:
      '京东云 OSS 的所有规则只能复制到同一个目标存储桶，前缀不能相互重叠，并且不支持 Role、Account、Owner、AccessControlTranslation 和 SourceSelectionCriteria。',
    role: 'IAM 角色',
    roleHint: '仅适用于 AWS：S3 执行复制时使用的角色。其他服务商无需填写。',
    rule: (n: number) => `复制规则 ${n}`,
    addRule: '添加规则',
    removeRule: '删除规则',
    id: '规则 ID',
    status: '状态',
    statuses: { Enabled: '启用', Disabled: '停用' },
    priority: '优先级',
    priorityHint: '多条规则匹配同一对象时，优先级高的生效。',
    prefix: '前缀',
    prefixHint: '复制以此开头的对象；留空则复制整个存储桶。',
    destination: '目标存储桶',
    destinationHint: '存储桶名称或其 ARN（arn:aws:s3:::名称）。',
    storageClass: '副本的存储类型',
    sameStorageClass: '与源对象相同',
    account: '目标账号',
    accountHint: '仅适用于 AWS：复制到其他账号时填写。',
    deleteMarkers: '复制删除标记',
    unset: '不设置',
    tagsKept: (n: number) => `保留了 ${n} 个标签筛选条件；请在原始视图中编辑。`,
  },
});
