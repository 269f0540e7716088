import { localized } from '../../i18n/localized.js';
import type { ProxyFormMode, ProxyScheme, TrustFormMode } from './network-form.js';

/** The connection form's words for proxies, trusted certificates and the connect timeout. */
const en = {
  network: 'Network',
  proxyModes: {
    none: 'No proxy',
    environment: 'From the environment (HTTPS_PROXY, NO_PROXY)',
    url: 'This proxy',
    system: 'System settings',
  } satisfies Record<ProxyFormMode, string>,
  proxySchemes: {
    http: 'HTTP',
    https: 'HTTPS (encrypted to the proxy)',
  } satisfies Record<ProxyScheme, string>,
  proxyEnvironmentHint:
    'Uses HTTPS_PROXY or HTTP_PROXY as Holdall found them when it started; hosts in NO_PROXY are reached directly.',
  proxySystemHint:
    'Uses the proxy your operating system’s network settings (or their PAC script) give for the endpoint; only HTTP and HTTPS proxies.',
  proxySystemWebHint:
    'The browser version cannot read your system’s settings: it uses HTTPS_PROXY, HTTP_PROXY and NO_PROXY of the environment Holdall started in, as does the command line.',
  proxyPortField: 'Proxy port',
  proxyPasswordHint: 'Sealed like the secret key and never shown again.',
  proxyPasswordKeepHint: 'A password is stored: leave empty to keep it, or type a new one.',
  proxyPasswordPlaceholder: 'Unchanged',
  trustModes: {
    system: "The system's certificate authorities",
    bundle: 'Also a private certificate authority (CA bundle)',
    pinned: 'Only this certificate (pinned)',
  } satisfies Record<TrustFormMode, string>,
  trustBundleHint:
    "A PEM file with your organisation's CA certificate; the system's CAs stay trusted too.",
  trustPinnedHint:
    "A PEM file with the server's own certificate: only a server presenting exactly this certificate is trusted.",
  chooseCertificate: 'Choose a PEM file…',
  readingCertificate: 'Reading the certificate…',
  certificateList: 'Certificates chosen',
  certificateSubject: 'Subject',
  certificateIssuer: 'Issued by',
  certificateValidity: 'Valid',
  certificateValidRange: (from: string, to: string) => `${from} to ${to}`,
  certificateFingerprint: 'SHA-256 fingerprint',
  connectTimeoutField: 'Connect timeout',
  connectTimeoutHint: (seconds: number) =>
    `How long opening a connection (and the proxy's tunnel) may take. Default ${seconds}\u00a0s.`,
};

export const networkMessages = localized({
  en,
  'zh-CN': {
    network: '网络',
    proxyModes: {
      none: '不使用代理',
      environment: '使用环境变量（HTTPS_PROXY、NO_PROXY）',
      url: '使用此代理',
      system: '系统设置',
    },
    proxySchemes: {
      http: 'HTTP',
      https: 'HTTPS（到代理的连接加密）',
    },
    proxyEnvironmentHint:
      '使用 Holdall 启动时的 HTTPS_PROXY 或 HTTP_PROXY；NO_PROXY 中的主机直接连接。',
    proxySystemHint:
      '使用操作系统网络设置（或其 PAC 脚本）为该端点指定的代理；仅支持 HTTP 和 HTTPS 代理。',
    proxySystemWebHint:
      '浏览器版无法读取系统设置：它与命令行一样，使用 Holdall 启动时环境中的 HTTPS_PROXY、HTTP_PROXY 和 NO_PROXY。',
    proxyPortField: '代理端口',
    proxyPasswordHint: '像访问密钥一样加密保存，之后不再显示。',
    proxyPasswordKeepHint: '已保存密码：留空则保留，或输入新密码。',
    proxyPasswordPlaceholder: '未更改',
    trustModes: {
      system: '系统的证书颁发机构',
      bundle: '另外信任私有证书颁发机构（CA 证书包）',
      pinned: '只信任此证书（固定证书）',
    },
    trustBundleHint: '包含贵单位 CA 证书的 PEM 文件；系统的 CA 仍然受信任。',
    trustPinnedHint: '包含服务器自身证书的 PEM 文件：只有出示完全相同证书的服务器才受信任。',
    chooseCertificate: '选择 PEM 文件…',
    readingCertificate: '正在读取证书…',
    certificateList: '已选择的证书',
    certificateSubject: '主题',
    certificateIssuer: '颁发者',
    certificateValidity: '有效期',
    certificateValidRange: (from: string, to: string) => `${from} 至 ${to}`,
    certificateFingerprint: 'SHA-256 指纹',
    connectTimeoutField: '连接超时',
    connectTimeoutHint: (seconds: number) =>
      `建立连接（以及代理隧道）最多等待多久。默认 ${seconds} 秒。`,
  },
});
