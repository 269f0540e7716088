import { localized } from '../../../../i18n/localized.js';

const en = {
  intro:
    'Object lock keeps versions of objects from being deleted or overwritten. The default retention applies to every new object written without its own.',
  defaultLabel: 'Default retention for new objects',
  choices: {
    none: 'None: new objects are not locked',
    GOVERNANCE: 'Governance',
    COMPLIANCE: 'Compliance',
  },
  modeHints: {
    none: 'Objects can still be locked one by one in their properties.',
    GOVERNANCE:
      'Locked versions cannot be deleted or overwritten, but people allowed to bypass governance can shorten or remove the lock after confirming it.',
    COMPLIANCE:
      'Nobody can shorten or remove the lock, not even the account owner, until it ends. Use it only when a rule requires it.',
  },
  periodLabel: 'Retention period',
  unitLabel: 'Unit',
  units: { days: 'days', years: 'years' },
  noneTitle: 'This bucket was not created with object lock',
  noneWhy: 'Object lock can only be turned on when a bucket is created, with versioning.',
  noneHow:
    'To lock objects, create a new bucket with “Object lock” ticked and copy the objects into it.',
  noneLaterAws:
    'Amazon S3 can also turn it on for an existing versioned bucket; Holdall does so only at creation.',
};

export const objectLockMessages = localized({
  en,
  'zh-CN': {
    intro: '对象锁定可防止对象的版本被删除或覆盖。默认保留期适用于每个未自行设置保留期的新对象。',
    defaultLabel: '新对象的默认保留期',
    choices: {
      none: '无：新对象不锁定',
      GOVERNANCE: '治理模式',
      COMPLIANCE: '合规模式',
    },
    modeHints: {
      none: '仍可在对象属性中逐个锁定对象。',
      GOVERNANCE:
        '锁定的版本不能被删除或覆盖，但有权绕过治理模式的用户在确认后可以缩短或移除锁定。',
      COMPLIANCE:
        '在锁定结束前，任何人（包括账户所有者）都不能缩短或移除锁定。仅在法规要求时使用。',
    },
    periodLabel: '保留期',
    unitLabel: '单位',
    units: { days: '天', years: '年' },
    noneTitle: '此存储桶创建时未启用对象锁定',
    noneWhy: '对象锁定只能在创建存储桶时与版本控制一同开启。',
    noneHow: '如需锁定对象，请新建一个勾选了“对象锁定”的存储桶，并将对象复制过去。',
    noneLaterAws:
      'Amazon S3 也可以为已启用版本控制的现有存储桶开启对象锁定；Holdall 仅在创建时开启。',
  },
});
