import { localized } from '../../i18n/localized.js';
import type { CredentialSourceKind } from '../../../../shared/domain/credential-source.js';

/** The connection form's words for where a connection's keys come from. */
const en = {
  kinds: {
    static: 'Access key and secret',
    awsProfile: 'AWS CLI profile',
    process: 'Credential process',
  } satisfies Record<CredentialSourceKind, string>,
  sessionTokenField: 'Session token',
  sessionTokenHint:
    'Only for temporary keys (they start with ASIA on AWS). Sealed like the secret.',
  sessionTokenKeepHint: (hint: string) =>
    `A session token ending in ${hint} is stored: leave empty to keep it, or type a new one.`,
  clearSessionTokenHint: 'For keys that are no longer temporary.',
  awsProfileHint:
    'Keys are read from ~/.aws/credentials and ~/.aws/config each time they change, so rotated keys just work. Profiles with keys or a credential_process can be used.',
  awsProfilesFound: 'Profiles found',
  processHint:
    'Runs this program (without a shell) and reads the AWS CLI JSON it prints: Version 1, AccessKeyId, SecretAccessKey, optional SessionToken and Expiration. Stopped after 30 s; temporary keys are renewed before they expire.',
};

export const credentialMessages = localized({
  en,
  'zh-CN': {
    kinds: {
      static: '访问密钥（AccessKey ID 和 Secret）',
      awsProfile: 'AWS CLI 配置',
      process: '凭证进程',
    },
    sessionTokenField: '会话令牌',
    sessionTokenHint: '仅用于临时密钥（在 AWS 上以 ASIA 开头）。与密钥一样加密保存。',
    sessionTokenKeepHint: (hint: string) =>
      `已保存一个以 ${hint} 结尾的会话令牌：留空则保留，或输入新的令牌。`,
    clearSessionTokenHint: '用于不再是临时密钥的情况。',
    awsProfileHint:
      '每当 ~/.aws/credentials 和 ~/.aws/config 变化时重新读取密钥，轮换后的密钥可直接使用。可使用带有密钥或 credential_process 的配置。',
    awsProfilesFound: '找到的配置',
    processHint:
      '运行此程序（不经过 shell），读取它输出的 AWS CLI JSON：Version 1、AccessKeyId、SecretAccessKey，以及可选的 SessionToken 和 Expiration。30 秒后停止；临时密钥会在过期前续期。',
  },
});
