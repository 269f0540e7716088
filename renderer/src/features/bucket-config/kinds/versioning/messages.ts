import { localized } from '../../../../i18n/localized.js';

const en = {
  status: {
    Off: 'Versioning is off. It has never been enabled on this bucket.',
    Suspended: 'Versioning is suspended.',
    Enabled: 'Versioning is enabled.',
  },
  meaning: {
    Off: 'An overwrite or a delete replaces the object for good. Enabling versioning is a one-way choice: afterwards it can be suspended, never turned off.',
    Enabled:
      'Every overwrite and delete keeps the older version (and its storage); a delete only adds a delete marker, so old versions can be restored.',
    Suspended:
      'Versions kept so far stay, and so does their storage. New writes no longer add versions: each replaces the object’s “null” version.',
  },
  loading: 'Reading the versioning state…',
  enableAsk: 'Enable versioning…',
  enable: 'Enable versioning',
  enabling: 'Enabling…',
  enableConfirm: (bucket: string) =>
    `Enable versioning on "${bucket}"? This cannot be undone: versioning can later be suspended, but never turned off, and every overwrite and delete keeps the older version (and its storage).`,
  resumeConfirm: (bucket: string) =>
    `Enable versioning on "${bucket}" again? From now on every overwrite and delete keeps the older version again.`,
  suspendAsk: 'Suspend versioning…',
  suspend: 'Suspend versioning',
  suspending: 'Suspending…',
  suspendConfirm: (bucket: string) =>
    `Suspend versioning on "${bucket}"? The versions kept so far stay (and keep their storage); new writes replace the null version instead of adding one.`,
  cancel: 'Cancel',
  oneWay:
    'Once enabled, versioning can be suspended but never turned off: every overwrite and delete keeps the older version.',
  seeTab: 'The Versioning tab explains each state and can suspend it.',
  mfaDelete: 'MFA delete',
  mfa: { Enabled: 'Enabled', Disabled: 'Disabled' },
  mfaHint:
    'Reported by the server. Only the bucket owner’s root account with its MFA device can change it, so Holdall shows it without changing it.',
};

/** The Versioning tab, and the versioning note of the Replication tab. */
export const versioningMessages = localized({
  en,
  'zh-CN': {
    status: {
      Off: '版本控制未开启。此存储桶从未开启过版本控制。',
      Suspended: '版本控制已暂停。',
      Enabled: '版本控制已开启。',
    },
    meaning: {
      Off: '覆盖或删除会永久替换对象。开启版本控制是单向操作：之后只能暂停，无法关闭。',
      Enabled:
        '每次覆盖和删除都会保留旧版本（并占用存储空间）；删除只会添加删除标记，因此可以恢复旧版本。',
      Suspended:
        '已保留的版本仍然保留，并继续占用存储空间。新的写入不再产生新版本，而是替换对象的“null”版本。',
    },
    loading: '正在读取版本控制状态…',
    enableAsk: '开启版本控制…',
    enable: '开启版本控制',
    enabling: '正在开启…',
    enableConfirm: (bucket: string) =>
      `确定为“${bucket}”开启版本控制吗？此操作无法撤销：之后只能暂停版本控制，无法关闭，每次覆盖和删除都会保留旧版本（并占用存储空间）。`,
    resumeConfirm: (bucket: string) =>
      `确定为“${bucket}”重新开启版本控制吗？此后每次覆盖和删除都会再次保留旧版本。`,
    suspendAsk: '暂停版本控制…',
    suspend: '暂停版本控制',
    suspending: '正在暂停…',
    suspendConfirm: (bucket: string) =>
      `确定暂停“${bucket}”的版本控制吗？已保留的版本仍然保留（并继续占用存储空间）；新的写入会替换 null 版本，而不是添加新版本。`,
    cancel: '取消',
    oneWay: '版本控制开启后只能暂停，无法关闭：每次覆盖和删除都会保留旧版本。',
    seeTab: '“版本控制”选项卡会说明每种状态，并可暂停版本控制。',
    mfaDelete: 'MFA 删除',
    mfa: { Enabled: '已开启', Disabled: '已关闭' },
    mfaHint:
      '由服务器报告。只有存储桶所有者的根账号使用其 MFA 设备才能更改，因此 Holdall 只显示、不更改此项。',
  },
});
