import { localized } from '../../../i18n/localized.js';
import { formatCount } from '../../../lib/format-count.js';

/** Strings of the ACL editor. */
const en = {
  owner: 'Owner',
  ownerValue: (id: string, name: string | undefined) =>
    name === undefined || name === id ? id : `${name} (${id})`,
  ownerKeeps: 'The owner always keeps full control; Holdall adds that grant when it is missing.',
  access: 'Access (canned ACL)',
  accessHint: 'A canned ACL replaces every grant below with the ones it stands for.',
  canned: {
    custom: 'Custom grants (below)',
    private: 'Private: the owner only',
    'public-read': 'Public read',
    'public-read-write': 'Public read and write',
    'authenticated-read': 'Any authenticated user may read',
  },
  grants: 'Grants',
  noGrants: 'No grants.',
  columns: {
    type: 'Grantee type',
    grantee: 'Grantee',
    permission: 'Permission',
    actions: 'Actions',
  },
  granteeTypes: { user: 'Canonical user id', email: 'E-mail address', group: 'Group' },
  groups: {
    AllUsers: 'Everyone (AllUsers)',
    AuthenticatedUsers: 'Authenticated users',
    LogDelivery: 'Log delivery',
  },
  permissions: {
    READ: 'READ',
    WRITE: 'WRITE',
    READ_ACP: 'READ_ACP (read the ACL)',
    WRITE_ACP: 'WRITE_ACP (change the ACL)',
    FULL_CONTROL: 'FULL_CONTROL',
  },
  granteeType: (n: number) => `Grantee type of grant ${formatCount(n)}`,
  grantee: (n: number) => `Grantee of grant ${formatCount(n)}`,
  permission: (n: number) => `Permission of grant ${formatCount(n)}`,
  removeGrant: (n: number) => `Remove grant ${formatCount(n)}`,
  addGrant: 'Add grant',
  displayName: (name: string) => `Shown as ${name}`,
  problems: {
    notObject: 'The ACL must be a JSON object with Owner and Grants',
    owner: 'Owner must be an object with an ID (it is shown, never changed)',
    grants: 'Grants must be a list',
    grant: 'Each grant must be an object with Grantee and Permission',
    grantee: 'Grantee must be an object with Type and ID, EmailAddress or URI',
    text: (path: string) => `${path} must be text`,
    group: (uri: string) => `"${uri}" is not the AllUsers, AuthenticatedUsers or LogDelivery group`,
    granteeType: (type: string) =>
      `Grantee type "${type}" is not CanonicalUser, AmazonCustomerByEmail or Group`,
    permission: (value: string) =>
      `Permission "${value}" is not READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL`,
    xmlRoot: 'The XML must be an <AccessControlPolicy>',
    id: 'Canonical user id is required',
    email: 'Not an e-mail address',
    duplicate: 'This grantee already has this permission above',
    tooMany: 'An ACL holds at most 100 grants',
    cannedOnly: (provider: string) => `${provider} takes only canned ACLs: choose one under Access`,
  },
};

export const aclMessages = localized({
  en,
  'zh-CN': {
    owner: '所有者',
    ownerValue: (id: string, name: string | undefined) =>
      name === undefined || name === id ? id : `${name}（${id}）`,
    ownerKeeps: '所有者始终保留完全控制权限；如缺少该授权，Holdall 会自动补上。',
    access: '访问权限（预设 ACL）',
    accessHint: '选择预设 ACL 会用其对应的授权替换下方所有授权。',
    canned: {
      custom: '自定义授权（见下方）',
      private: '私有：仅所有者',
      'public-read': '公共读',
      'public-read-write': '公共读写',
      'authenticated-read': '已认证用户可读',
    },
    grants: '授权',
    noGrants: '没有授权。',
    columns: { type: '被授权者类型', grantee: '被授权者', permission: '权限', actions: '操作' },
    granteeTypes: { user: '规范用户 ID', email: '电子邮件地址', group: '用户组' },
    groups: {
      AllUsers: '所有人（AllUsers）',
      AuthenticatedUsers: '已认证用户',
      LogDelivery: '日志投递',
    },
    permissions: {
      READ: 'READ（读）',
      WRITE: 'WRITE（写）',
      READ_ACP: 'READ_ACP（读取 ACL）',
      WRITE_ACP: 'WRITE_ACP（修改 ACL）',
      FULL_CONTROL: 'FULL_CONTROL（完全控制）',
    },
    granteeType: (n: number) => `授权 ${formatCount(n)} 的被授权者类型`,
    grantee: (n: number) => `授权 ${formatCount(n)} 的被授权者`,
    permission: (n: number) => `授权 ${formatCount(n)} 的权限`,
    removeGrant: (n: number) => `删除授权 ${formatCount(n)}`,
    addGrant: '添加授权',
    displayName: (name: string) => `显示名称：${name}`,
    problems: {
      notObject: 'ACL 必须是包含 Owner 和 Grants 的 JSON 对象',
      owner: 'Owner 必须是包含 ID 的对象（仅用于显示，不会被修改）',
      grants: 'Grants 必须是列表',
      grant: '每条授权都必须是包含 Grantee 和 Permission 的对象',
      grantee: 'Grantee 必须是包含 Type 以及 ID、EmailAddress 或 URI 的对象',
      text: (path: string) => `${path} 必须是文本`,
      group: (uri: string) => `"${uri}" 不是 AllUsers、AuthenticatedUsers 或 LogDelivery 用户组`,
      granteeType: (type: string) =>
        `被授权者类型 "${type}" 无效，应为 CanonicalUser、AmazonCustomerByEmail 或 Group`,
      permission: (value: string) =>
        `权限 "${value}" 无效，应为 READ、WRITE、READ_ACP、WRITE_ACP 或 FULL_CONTROL`,
      xmlRoot: 'XML 的根元素必须是 <AccessControlPolicy>',
      id: '规范用户 ID 不能为空',
      email: '不是有效的电子邮件地址',
      duplicate: '上方已为该被授权者授予此权限',
      tooMany: '一个 ACL 最多包含 100 条授权',
      cannedOnly: (provider: string) => `${provider} 仅支持预设 ACL：请在“访问权限”中选择`,
    },
  },
});
