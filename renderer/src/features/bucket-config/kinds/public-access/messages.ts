import { localized } from '../../../../i18n/localized.js';

const en = {
  intro:
    'Stops a policy or ACL from opening the bucket to everybody, whatever they say. Each setting can be turned on alone.',
  legend: 'Public access block',
  settings: {
    blockPublicAcls: 'Block public ACLs',
    ignorePublicAcls: 'Ignore public ACLs',
    blockPublicPolicy: 'Block public policy',
    restrictPublicBuckets: 'Restrict public buckets',
  },
  explain: {
    blockPublicAcls:
      'The server refuses to set an ACL on the bucket or its objects (or an upload carrying one) that grants access to everyone or to any authenticated user.',
    ignorePublicAcls:
      'ACL grants to everyone or to any authenticated user stop counting. They stay stored, and count again once this is off.',
    blockPublicPolicy:
      'The server refuses a bucket policy that grants access to everyone (Principal "*" without a condition naming who).',
    restrictPublicBuckets:
      'A public bucket policy only lets in the owner’s account and the provider’s services; anonymous requests are refused.',
  },
  rgwRestrict:
    'Ceph RGW 16 stores this setting but does not enforce it: a public bucket policy still lets anonymous readers in.',
  changesTitle: 'What this does to the bucket as it is now',
  groups: { AllUsers: 'everyone (AllUsers)', AuthenticatedUsers: 'any authenticated user' },
  and: ' and ',
  warnings: {
    policyRestricted:
      'The bucket policy grants public access: with “Restrict public buckets” on, anonymous requests it lets in now will be refused.',
    policyBlocked:
      'The bucket policy grants public access: with “Block public policy” on, it cannot be put again as it is.',
    aclIgnored: (groups: string) =>
      `The ACL grants access to ${groups}: with “Ignore public ACLs” on, those grants stop counting.`,
    aclBlocked: (groups: string) =>
      `The ACL grants access to ${groups}: with “Block public ACLs” on, such an ACL cannot be set again.`,
  },
  nothingChanges: 'The bucket’s policy and ACL grant no public access, so nothing is cut off.',
  unreadable: (what: string) => `The policy or ACL could not be read to check (${what}).`,
  checking: 'Checking the bucket’s policy and ACL…',
};

export const publicAccessMessages = localized({
  en,
  'zh-CN': {
    intro: '无论策略或 ACL 如何设置，都阻止其向所有人开放存储桶。每项设置都可以单独开启。',
    legend: '阻止公共访问',
    settings: {
      blockPublicAcls: '阻止公共 ACL',
      ignorePublicAcls: '忽略公共 ACL',
      blockPublicPolicy: '阻止公共策略',
      restrictPublicBuckets: '限制公共存储桶',
    },
    explain: {
      blockPublicAcls:
        '服务器拒绝为存储桶或其对象设置向所有人或任何已认证用户授权的 ACL（包括携带此类 ACL 的上传）。',
      ignorePublicAcls:
        '向所有人或任何已认证用户的 ACL 授权不再生效。这些授权仍会保存，关闭此项后重新生效。',
      blockPublicPolicy:
        '服务器拒绝向所有人授权的存储桶策略（Principal 为“*”且没有限定调用者的条件）。',
      restrictPublicBuckets: '公共存储桶策略只允许所有者账号和服务商的服务访问；匿名请求会被拒绝。',
    },
    rgwRestrict: 'Ceph RGW 16 会保存此设置但不会执行：公共存储桶策略仍然允许匿名读取。',
    changesTitle: '这对存储桶当前状态的影响',
    groups: { AllUsers: '所有人（AllUsers）', AuthenticatedUsers: '任何已认证用户' },
    and: '和',
    warnings: {
      policyRestricted:
        '存储桶策略授予了公共访问权限：开启“限制公共存储桶”后，它目前允许的匿名请求将被拒绝。',
      policyBlocked:
        '存储桶策略授予了公共访问权限：开启“阻止公共策略”后，无法按原样再次设置该策略。',
      aclIgnored: (groups: string) =>
        `ACL 向${groups}授予了访问权限：开启“忽略公共 ACL”后，这些授权不再生效。`,
      aclBlocked: (groups: string) =>
        `ACL 向${groups}授予了访问权限：开启“阻止公共 ACL”后，无法再次设置此类 ACL。`,
    },
    nothingChanges: '存储桶的策略和 ACL 没有授予公共访问权限，因此不会切断任何访问。',
    unreadable: (what: string) => `无法读取策略或 ACL 进行检查（${what}）。`,
    checking: '正在检查存储桶的策略和 ACL…',
  },
});
