import { localized } from '../../i18n/localized.js';

const en = {
  heading: 'Object lock',
  versionNote: (versionId: string) => `For version ${versionId}.`,
  latestNote: 'For the latest version.',
  loading: 'Reading the lock…',
  retention: 'Retention',
  retentionNone: 'None',
  retentionUntil: (mode: string, until: string) => `${mode} until ${until}`,
  retentionEnded: (mode: string, until: string) => `${mode}, ended ${until}`,
  modes: { GOVERNANCE: 'Governance', COMPLIANCE: 'Compliance' },
  modeHints: {
    GOVERNANCE:
      'Nobody can delete or overwrite this version until the date, except people allowed to bypass governance, after confirming it.',
    COMPLIANCE:
      'Nobody can delete this version, or shorten or remove its retention, until the date: not even the account owner.',
  },
  legalHold: 'Legal hold',
  legalHoldOn: 'On: this version cannot be deleted until the hold is turned off',
  legalHoldOff: 'Off',
  holdTurnOn: 'Turn legal hold on',
  holdTurnOff: 'Turn legal hold off',
  modeLabel: 'Mode',
  untilLabel: 'Retain until (your local time)',
  setRetention: 'Set retention',
  removeRetention: 'Remove retention',
  saving: 'Saving…',
  bypassLabel: 'Bypass governance retention',
  bypassHint:
    'This shortens, removes or changes a lock that is still running. It is sent with x-amz-bypass-governance-retention and needs that permission.',
  forbidden:
    'Compliance retention still running can only be kept or extended: it cannot be shortened, removed or changed to governance.',
  cannotRemove: (provider: string) =>
    `${provider} cannot remove a retention: shorten it to the nearest time instead, with the bypass.`,
  untilMissing: 'Choose a date and time.',
  untilPast: 'Choose a date and time in the future.',
  saved: 'Saved. The server now holds what is shown above.',
};

export const objectLockSectionMessages = localized({
  en,
  'zh-CN': {
    heading: '对象锁定',
    versionNote: (versionId: string) => `针对版本 ${versionId}。`,
    latestNote: '针对最新版本。',
    loading: '正在读取锁定信息…',
    retention: '保留期',
    retentionNone: '无',
    retentionUntil: (mode: string, until: string) => `${mode}，保留至 ${until}`,
    retentionEnded: (mode: string, until: string) => `${mode}，已于 ${until} 结束`,
    modes: { GOVERNANCE: '治理模式', COMPLIANCE: '合规模式' },
    modeHints: {
      GOVERNANCE: '在该日期前，任何人都不能删除或覆盖此版本，有权绕过治理模式的用户在确认后除外。',
      COMPLIANCE:
        '在该日期前，任何人（包括账户所有者）都不能删除此版本，也不能缩短或移除其保留期。',
    },
    legalHold: '合法保留',
    legalHoldOn: '开启：在关闭保留前，此版本不能被删除',
    legalHoldOff: '关闭',
    holdTurnOn: '开启合法保留',
    holdTurnOff: '关闭合法保留',
    modeLabel: '模式',
    untilLabel: '保留至（本地时间）',
    setRetention: '设置保留期',
    removeRetention: '移除保留期',
    saving: '正在保存…',
    bypassLabel: '绕过治理模式保留',
    bypassHint:
      '此操作会缩短、移除或更改仍在生效的锁定。请求会带上 x-amz-bypass-governance-retention，并需要相应权限。',
    forbidden: '仍在生效的合规模式保留期只能保持或延长，不能缩短、移除或改为治理模式。',
    cannotRemove: (provider: string) =>
      `${provider} 不能移除保留期：请改为（绕过治理模式）将其缩短到最近的时间。`,
    untilMissing: '请选择日期和时间。',
    untilPast: '请选择将来的日期和时间。',
    saved: '已保存。服务器现在保存的内容如上所示。',
  },
});
