import { localized } from '../../i18n/localized.js';

/** What the host banner says, worded here from the storage kind so it follows the language. */
export const hostMessages = localized({
  en: {
    /** Names the banner's landmark, so screen reader users can find it and skip it. */
    storageBannerLabel: 'Where secrets are kept',
    storageWarning: {
      'basic-text':
        'No system keyring was found, so Electron stores secrets with its "basic_text" backend, which is plaintext in practice. Install and unlock a keyring (GNOME Keyring or KWallet) to protect your secret keys.',
      'key-file':
        'Secrets are encrypted with a key file readable only by your user account. This is weaker than the operating system keychain the desktop app uses: anyone who can read your files can read your secrets.',
    },
  },
  'zh-CN': {
    storageBannerLabel: '密钥的存放位置',
    storageWarning: {
      'basic-text':
        '未找到系统密钥环，Electron 只能用“basic_text”方式保存密钥，实际上相当于明文。请安装并解锁密钥环（GNOME Keyring 或 KWallet）以保护你的访问密钥。',
      'key-file':
        '密钥使用一个只有你的用户账户可读的密钥文件加密。这比桌面版使用的操作系统钥匙串要弱：任何能读取你文件的人都能读取你的密钥。',
    },
  },
});
