import type {
  CapabilityFeature,
  CapabilityStatus,
} from '../../../../shared/domain/capabilities.js';
import { localized } from '../../i18n/localized.js';
import type { BucketCannedAcl } from '../../../../shared/domain/bucket-ops.js';

/** Every string the buckets feature shows, in each language Holdall speaks. */
const en = {
  actionsFor: (bucket: string) => `Actions for bucket ${bucket}`,
  properties: 'Properties…',
  delete: 'Delete…',
  cancel: 'Cancel',
  close: 'Close',

  createTitle: 'New bucket',
  createOn: (connection: string) => `On ${connection}`,
  nameLabel: 'Name',
  nameHint: '3 to 63 lowercase letters, digits, dots and hyphens; unique across the endpoint.',
  regionLabel: 'Region',
  regionHint: 'Leave empty for the endpoint’s default location.',
  aclLabel: 'Access (canned ACL)',
  acls: {
    private: 'Private (owner only)',
    'public-read': 'Public read',
    'public-read-write': 'Public read and write',
    'authenticated-read': 'Any authenticated user may read',
  } satisfies Record<BucketCannedAcl, string>,
  objectLockLabel: 'Object lock',
  objectLockHint:
    'Lets objects be locked against deletion and overwriting for a time, or under legal hold. It also turns versioning on. Neither can be turned off later, and it cannot be added to the bucket afterwards.',
  create: 'Create',
  created: (bucket: string) => `Created bucket ${bucket}.`,
  alreadyOwned: (bucket: string) =>
    `You already own a bucket named ${bucket}. Nothing was changed; choose another name.`,
  nameTaken: (bucket: string) =>
    `The name ${bucket} is taken by another account. Bucket names are shared by everyone on the endpoint; choose another.`,

  deleteTitle: 'Delete bucket',
  deleteWarning: (bucket: string) => `Delete bucket “${bucket}”? This cannot be undone.`,
  emptyFirstLabel: 'Empty it first',
  emptyFirstHint:
    'Deletes every object and aborts every unfinished upload in the bucket. Without it, a bucket that holds anything is not deleted.',
  confirmLabel: (bucket: string) => `Type ${bucket} to confirm`,
  deleteConfirm: 'Delete bucket',
  deleteProgress: (removed: number) =>
    `Emptying: ${removed} ${removed === 1 ? 'object or upload' : 'objects and uploads'} removed…`,
  emptyCanceled: 'Emptying the bucket was canceled: the bucket and what is left in it stay.',
  stopEmptying: 'Stop emptying',
  deleting: 'Deleting…',
  notEmpty: 'The bucket is not empty. Tick “Empty it first” to delete what it holds too.',

  propertiesTitle: (bucket: string) => `Properties of ${bucket}`,
  propName: 'Name',
  propConnection: 'Connection',
  propRegion: 'Region',
  propCreated: 'Created',
  propAccess: 'Access',
  regionUnknown: 'Not reported by the server',
  regionOfConnection: (region: string) => `${region} (the connection’s; the server did not say)`,
  createdUnknown: 'Not reported by the server',
  loading: 'Loading…',
  access: {
    exists: 'You can open this bucket',
    forbidden: 'The bucket exists, but these keys may not open it',
    missing: 'The bucket no longer exists',
  },
  capabilitiesTitle: 'What this endpoint supports for the bucket',
  capabilitiesLoading: 'Asking the server…',
  capabilitiesChecked: (when: string) => `Checked ${when}`,
  features: {
    policy: 'Bucket policy',
    acl: 'Access control list (ACL)',
    cors: 'CORS',
    website: 'Static website',
    replication: 'Replication',
    notification: 'Event notifications',
    versioning: 'Versioning',
    tagging: 'Tags',
    publicAccessBlock: 'Public access block',
    requestPayment: 'Requester pays',
    objectLock: 'Object lock',
    lifecycle: 'Lifecycle',
    versions: 'Object versions',
  } satisfies Record<CapabilityFeature, string>,
  status: {
    supported: 'Supported',
    unsupported: 'Not supported',
    unknown: 'Unknown',
  } satisfies Record<CapabilityStatus, string>,
};

export const bucketMessages = localized({
  en,
  'zh-CN': {
    actionsFor: (bucket: string) => `存储桶 ${bucket} 的操作`,
    properties: '属性…',
    delete: '删除…',
    cancel: '取消',
    close: '关闭',

    createTitle: '新建存储桶',
    createOn: (connection: string) => `位于 ${connection}`,
    nameLabel: '名称',
    nameHint: '3 到 63 个字符，只能包含小写字母、数字、点和短横线；在该服务端点内唯一。',
    regionLabel: '地域',
    regionHint: '留空则使用服务端点的默认位置。',
    aclLabel: '读写权限（预设 ACL）',
    acls: {
      private: '私有（仅所有者）',
      'public-read': '公共读',
      'public-read-write': '公共读写',
      'authenticated-read': '已认证用户可读',
    },
    objectLockLabel: '对象锁定',
    objectLockHint:
      '允许在一段时间内或在合法保留下锁定对象，防止其被删除或覆盖。同时会开启版本控制。两者之后都无法关闭，且创建后无法再为存储桶添加对象锁定。',
    create: '创建',
    created: (bucket: string) => `已创建存储桶 ${bucket}。`,
    alreadyOwned: (bucket: string) =>
      `你已经拥有名为 ${bucket} 的存储桶。未做任何更改，请换一个名称。`,
    nameTaken: (bucket: string) =>
      `名称 ${bucket} 已被其他账户使用。存储桶名称在该服务端点内所有人共用，请换一个名称。`,

    deleteTitle: '删除存储桶',
    deleteWarning: (bucket: string) => `确定删除存储桶“${bucket}”吗？此操作无法撤销。`,
    emptyFirstLabel: '先清空存储桶',
    emptyFirstHint:
      '删除存储桶中的所有对象，并取消所有未完成的分片上传。不勾选时，非空的存储桶不会被删除。',
    confirmLabel: (bucket: string) => `输入 ${bucket} 以确认`,
    deleteConfirm: '删除存储桶',
    deleteProgress: (removed: number) => `正在清空：已移除 ${removed} 个对象和分片上传…`,
    emptyCanceled: '清空存储桶已取消：存储桶及其中剩余的内容保持不变。',
    stopEmptying: '停止清空',
    deleting: '正在删除…',
    notEmpty: '存储桶不为空。勾选“先清空存储桶”可连同其中的内容一起删除。',

    propertiesTitle: (bucket: string) => `${bucket} 的属性`,
    propName: '名称',
    propConnection: '连接',
    propRegion: '地域',
    propCreated: '创建时间',
    propAccess: '访问',
    regionUnknown: '服务器未提供',
    regionOfConnection: (region: string) => `${region}（连接的地域；服务器未提供）`,
    createdUnknown: '服务器未提供',
    loading: '正在加载…',
    access: {
      exists: '你可以打开此存储桶',
      forbidden: '存储桶存在，但这组密钥无权打开它',
      missing: '存储桶已不存在',
    },
    capabilitiesTitle: '该服务端点对此存储桶支持的功能',
    capabilitiesLoading: '正在询问服务器…',
    capabilitiesChecked: (when: string) => `检查于 ${when}`,
    features: {
      policy: '存储桶策略（Bucket Policy）',
      acl: '访问控制列表（ACL）',
      cors: '跨域设置（CORS）',
      website: '静态网站',
      replication: '跨区域复制',
      notification: '事件通知',
      versioning: '版本控制',
      tagging: '标签',
      publicAccessBlock: '阻止公共访问',
      requestPayment: '请求者付费',
      objectLock: '对象锁定',
      lifecycle: '生命周期',
      versions: '对象版本',
    },
    status: {
      supported: '支持',
      unsupported: '不支持',
      unknown: '未知',
    },
  },
});
