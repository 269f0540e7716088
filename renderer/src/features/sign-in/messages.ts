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
  },
});
