import { localized } from '../../i18n/localized.js';
import type { CredentialSourceKind } from '../../../../shared/domain/credential-source.js';

/** The connection form's words for where a connection's keys come from. */
const en = {
  kinds: {
    static: 'Access key and secret',
    awsProfile: 'AWS CLI profile',
    process: 'Credential process',
    assumeRole: 'Assume a role (STS)',
    webIdentity: 'Web identity token file',
    sso: 'IAM Identity Center (SSO)',
  } satisfies Record<CredentialSourceKind, string>,
  sessionTokenField: 'Session token',
  sessionTokenHint:
    'Only for temporary keys (they start with ASIA on AWS). Sealed like the secret.',
  sessionTokenKeepHint: (hint: string) =>
    `A session token ending in ${hint} is stored: leave empty to keep it, or type a new one.`,
  clearSessionTokenHint: 'For keys that are no longer temporary.',
  awsProfileHint:
    'Read from ~/.aws/credentials and ~/.aws/config each time they change, so rotated keys just work. The profile signs in its own way: keys, credential_process, IAM Identity Center (SSO), a web identity token file or a role with a source_profile.',
  awsProfilesFound: 'Profiles found',
  processHint:
    'Runs this program (without a shell) and reads the AWS CLI JSON it prints: Version 1, AccessKeyId, SecretAccessKey, optional SessionToken and Expiration. Stopped after 30 s; temporary keys are renewed before they expire.',
  roleCallerHint:
    "A saved connection with its own keys (or an AWS CLI profile) whose keys ask STS for the role, at this connection's endpoint.",
  roleCallerNone: 'Choose a connection',
  roleCallerProfile: (name: string) => `AWS CLI profile ${name}`,
  roleCallerEnvironment: 'Keys of the environment Holdall started in',
  roleDurationHint: '900 to 43200 seconds. Holdall asks for new keys before these expire.',
  roleMfaHint:
    'The serial number or ARN of your MFA device. Holdall asks for a code each time it signs in; the code is never stored.',
  ssoStartUrlHint:
    'Your AWS access portal URL, e.g. https://my-company.awsapps.com/start. Holdall shows a code and opens the portal in your browser to sign in; the session is cached in ~/.aws/sso/cache like the AWS CLI does.',
  ssoSessionHint:
    'The name of an [sso-session] in ~/.aws/config: its cached session is shared with the AWS CLI and renewed without a new sign-in.',
  webTokenFileHint:
    "The file your identity provider writes its OIDC token to, e.g. ~/.config/ci/token. Read again at each renewal, and traded at this connection's endpoint (STS AssumeRoleWithWebIdentity) for the role's keys.",
};

export const credentialMessages = localized({
  en,
  'zh-CN': {
    kinds: {
      static: '访问密钥（AccessKey ID 和 Secret）',
      awsProfile: 'AWS CLI 配置',
      process: '凭证进程',
      assumeRole: '扮演角色（STS）',
      webIdentity: 'Web 身份令牌文件',
      sso: 'IAM Identity Center（SSO）',
    },
    sessionTokenField: '会话令牌',
    sessionTokenHint: '仅用于临时密钥（在 AWS 上以 ASIA 开头）。与密钥一样加密保存。',
    sessionTokenKeepHint: (hint: string) =>
      `已保存一个以 ${hint} 结尾的会话令牌：留空则保留，或输入新的令牌。`,
    clearSessionTokenHint: '用于不再是临时密钥的情况。',
    awsProfileHint:
      '每当 ~/.aws/credentials 和 ~/.aws/config 变化时重新读取，轮换后的密钥可直接使用。按配置自身的方式登录：密钥、credential_process、IAM Identity Center（SSO）、Web 身份令牌文件或带 source_profile 的角色。',
    awsProfilesFound: '找到的配置',
    processHint:
      '运行此程序（不经过 shell），读取它输出的 AWS CLI JSON：Version 1、AccessKeyId、SecretAccessKey，以及可选的 SessionToken 和 Expiration。30 秒后停止；临时密钥会在过期前续期。',
    roleCallerHint:
      '一个有自己密钥的已保存连接（或 AWS CLI 配置），用它的密钥在此连接的服务端点向 STS 申请角色。',
    roleCallerNone: '选择一个连接',
    roleCallerProfile: (name: string) => `AWS CLI 配置 ${name}`,
    roleCallerEnvironment: 'Holdall 启动时环境中的密钥',
    roleDurationHint: '900 到 43200 秒。Holdall 会在密钥过期前申请新的密钥。',
    roleMfaHint: 'MFA 设备的序列号或 ARN。每次登录时 Holdall 都会询问验证码；验证码从不保存。',
    ssoStartUrlHint:
      '您的 AWS 访问门户 URL，例如 https://my-company.awsapps.com/start。Holdall 会显示一个代码并在浏览器中打开门户进行登录；会话与 AWS CLI 一样缓存在 ~/.aws/sso/cache 中。',
    ssoSessionHint:
      '~/.aws/config 中某个 [sso-session] 的名称：其缓存的会话与 AWS CLI 共享，并且无需重新登录即可续期。',
    webTokenFileHint:
      '身份提供商写入 OIDC 令牌的文件，例如 ~/.config/ci/token。每次续期时重新读取，并在此连接的服务端点（STS AssumeRoleWithWebIdentity）换取角色的密钥。',
  },
});
