import { localized } from '../../i18n/localized.js';

/** What the host banner and About say, worded here from the storage kind so it follows the language. */
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
    acknowledge: 'Got it',
    acknowledgeLabel: 'Got it: stop showing this warning',
    acknowledgeHint: 'It stays readable under About Holdall.',
    about: 'About',
    aboutTitle: 'About Holdall',
    aboutCommand: 'About Holdall: version and where secrets are kept',
    version: 'Version',
    runningAs: 'Running as',
    hostKinds: { electron: 'Desktop app', web: 'Browser host' },
    secretsHeading: 'Where secrets are kept',
    storageKinds: {
      'os-keychain': 'The operating system’s keychain',
      'basic-text': 'Electron’s “basic_text” store (no system keyring found)',
      'key-file': 'Encrypted with a key file in Holdall’s data folder',
    },
    acknowledged: 'You have read this warning; it no longer shows as a banner.',
    close: 'Close',
    docs: 'Holdall documentation',
  },
  'zh-CN': {
    storageBannerLabel: '密钥的存放位置',
    storageWarning: {
      'basic-text':
        '未找到系统密钥环，Electron 只能用“basic_text”方式保存密钥，实际上相当于明文。请安装并解锁密钥环（GNOME Keyring 或 KWallet）以保护你的访问密钥。',
      'key-file':
        '密钥使用一个只有你的用户账户可读的密钥文件加密。这比桌面版使用的操作系统钥匙串要弱：任何能读取你文件的人都能读取你的密钥。',
    },
    acknowledge: '知道了',
    acknowledgeLabel: '知道了：不再显示此警告',
    acknowledgeHint: '之后仍可在“关于 Holdall”中查看。',
    about: '关于',
    aboutTitle: '关于 Holdall',
    aboutCommand: '关于 Holdall：版本与密钥的存放位置',
    version: '版本',
    runningAs: '运行方式',
    hostKinds: { electron: '桌面应用', web: '浏览器模式' },
    secretsHeading: '密钥的存放位置',
    storageKinds: {
      'os-keychain': '操作系统钥匙串',
      'basic-text': 'Electron 的“basic_text”存储（未找到系统密钥环）',
      'key-file': '使用 Holdall 数据文件夹中的密钥文件加密',
    },
    acknowledged: '你已阅读此警告，它不再以横幅形式显示。',
    close: '关闭',
    docs: 'Holdall 文档',
  },
});
