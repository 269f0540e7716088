import { localized } from '../../i18n/localized.js';

export const signInMessages = localized({
  en: {
    mfaTitle: 'MFA code needed',
    mfaBody: (connection: string, role: string) =>
      `To sign in to "${connection}", Holdall assumes the role ${role}, which asks for a code from your MFA device.`,
    mfaDevice: (serial: string) => `Device: ${serial}`,
    mfaCodeField: 'MFA code',
    mfaCodeHint: 'The 6 digits your authenticator shows now. Used once and never stored.',
    mfaCodeInvalid: 'MFA code must be the 6 digits your authenticator shows.',
    signIn: 'Sign in',
    cancel: 'Cancel',
    ssoTitle: 'Sign in with IAM Identity Center',
    ssoBody: (connection: string, startUrl: string) =>
      `To sign in to "${connection}", approve this code on your access portal ${startUrl}.`,
    ssoCodeLabel: 'Code to approve',
    ssoWaiting: (url: string) =>
      `Open the sign-in page (${url}), check that it shows the same code and approve it. This dialog closes once you have.`,
    ssoOpen: 'Open the sign-in page',
    signInAgain: 'Sign in again',
    signOut: 'Sign out',
    signedOut: (connection: string) => `Signed out of "${connection}".`,
  },
  'zh-CN': {
    mfaTitle: '需要 MFA 验证码',
    mfaBody: (connection: string, role: string) =>
      `登录“${connection}”时，Holdall 需要扮演角色 ${role}，该角色要求提供 MFA 设备上的验证码。`,
    mfaDevice: (serial: string) => `设备：${serial}`,
    mfaCodeField: 'MFA 验证码',
    mfaCodeHint: '身份验证器当前显示的 6 位数字。只使用一次，从不保存。',
    mfaCodeInvalid: 'MFA 验证码必须是身份验证器显示的 6 位数字。',
    signIn: '登录',
    cancel: '取消',
    ssoTitle: '使用 IAM Identity Center 登录',
    ssoBody: (connection: string, startUrl: string) =>
      `要登录“${connection}”，请在您的访问门户 ${startUrl} 上批准此代码。`,
    ssoCodeLabel: '待批准的代码',
    ssoWaiting: (url: string) =>
      `打开登录页面（${url}），确认其显示的代码相同并批准。批准后此对话框会自动关闭。`,
    ssoOpen: '打开登录页面',
    signInAgain: '重新登录',
    signOut: '退出登录',
    signedOut: (connection: string) => `已退出“${connection}”。`,
  },
});
