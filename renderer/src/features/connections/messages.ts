import { localized } from '../../i18n/localized.js';

/** Every string the connections feature shows, in each language Holdall speaks. */
const en = {
  connectionsLabel: 'Connections',
  addConnection: 'Add connection',
  noConnectionsTitle: 'No connections yet',
  noConnectionsBody:
    'Add an S3-compatible endpoint (Amazon S3, JD Cloud OSS, Ceph RGW, MinIO and others) with an access key, and its buckets appear on the left. Keys stay on this computer.',
  bucketField: 'Bucket',
  otherProvider: 'Other S3-compatible',
  newTitle: 'New connection',
  newBucketOn: (connection: string) => `New bucket on ${connection}…`,
  newConnectionCommand: 'New connection…',
  goToConnection: (name: string) => `Go to connection ${name}`,
  goToBucket: (bucket: string, connection: string) => `Go to bucket ${bucket} · ${connection}`,
  editTitle: 'Edit connection',
  duplicateTitle: 'Duplicate connection',
  duplicateName: (name: string) => `${name} (copy)`,
  endpointHint: "Leave empty for Amazon S3's public endpoint.",
  endpointRequiredHint: 'The address of your server, with http:// or https:// and its port.',
  secretKeepHint: 'Leave empty to keep the stored secret.',
  secretCopyHint: 'Leave empty to use the same secret as the original connection.',
  secretPlaceholder: (hint: string) => `Unchanged (…${hint})`,
  bucketHint: 'For keys that may not list buckets: only this bucket is shown.',
  advanced: 'Advanced',
  headersTimeoutField: 'Response deadline',
  idleTimeoutField: 'Idle timeout',
  headersTimeoutHint: (seconds: number) =>
    `How long a request waits for the server to start answering. Default ${seconds}\u00a0s.`,
  idleTimeoutHint: (seconds: number) =>
    `How long a request or transfer may go without data before it is tried again. Default ${seconds}\u00a0s.`,
  pathStyle: 'Path style',
  virtualStyle: 'Virtual-hosted style',
  testConnection: 'Test connection',
  cancel: 'Cancel',
  save: 'Save',
  connected: (count: number, ms: number) =>
    `Connected: ${count} ${count === 1 ? 'bucket' : 'buckets'} in ${ms} ms`,
  connectedBucket: (bucket: string, ms: number) =>
    `Connected: bucket ${bucket} answered in ${ms} ms`,

  actionsFor: (name: string) => `Actions for ${name}`,
  edit: 'Edit…',
  duplicate: 'Duplicate…',
  newBucket: 'New bucket…',
  refreshBuckets: 'Refresh buckets',
  delete: 'Delete…',

  deleteTitle: 'Delete connection',
  deleteBody: (name: string) =>
    `Delete “${name}”? Its saved keys are removed from this computer. Buckets and objects on the server are not touched.`,
  deleteConfirm: 'Delete',

  loadingConnections: 'Loading connections…',
  loadingBuckets: 'Loading buckets…',
  noBuckets: 'No buckets',
  createFirstBucket: 'Create a bucket',
  bucketOnly: 'Only this bucket',

  importButton: 'Import from AWS CLI…',
  importTitle: 'Import from AWS CLI',
  importIntro:
    'Profiles found in ~/.aws/credentials and ~/.aws/config. Their keys are read by Holdall and kept sealed on this computer; they are never shown here.',
  importLoading: 'Reading ~/.aws…',
  importEmpty: 'No profiles found in ~/.aws/credentials or ~/.aws/config.',
  importListLabel: 'AWS CLI profiles',
  importRegion: (region: string) => `region ${region}`,
  importEndpoint: (endpoint: string) => (endpoint === '' ? 'Amazon S3' : endpoint),
  importNoKeys: 'no keys',
  importSubmit: (count: number) =>
    count === 0 ? 'Import' : `Import ${count} ${count === 1 ? 'profile' : 'profiles'}`,
  importDone: (count: number) => `Imported ${count} ${count === 1 ? 'connection' : 'connections'}.`,
  importSkipped: (name: string, reason: string) => `${name}: ${reason}`,
  close: 'Close',
};

export const connectionMessages = localized({
  en,
  'zh-CN': {
    connectionsLabel: '连接',
    addConnection: '添加连接',
    noConnectionsTitle: '还没有连接',
    noConnectionsBody:
      '添加一个兼容 S3 的服务端点（Amazon S3、京东云 OSS、Ceph RGW、MinIO 等）及其访问密钥，它的存储桶就会显示在左侧。密钥只保存在这台电脑上。',
    bucketField: '存储桶',
    otherProvider: '其他兼容 S3 的服务',
    newTitle: '新建连接',
    newBucketOn: (connection: string) => `在 ${connection} 上新建存储桶…`,
    newConnectionCommand: '新建连接…',
    goToConnection: (name: string) => `转到连接 ${name}`,
    goToBucket: (bucket: string, connection: string) => `转到存储桶 ${bucket} · ${connection}`,
    editTitle: '编辑连接',
    duplicateTitle: '复制连接',
    duplicateName: (name: string) => `${name}（副本）`,
    endpointHint: '留空则使用 Amazon S3 的公共服务端点。',
    endpointRequiredHint: '你的服务器地址，包含 http:// 或 https:// 以及端口。',
    secretKeepHint: '留空则保留已保存的密钥。',
    secretCopyHint: '留空则使用原连接的密钥。',
    secretPlaceholder: (hint: string) => `未更改（…${hint}）`,
    bucketHint: '适用于无权列出存储桶的密钥：只显示这个存储桶。',
    advanced: '高级',
    headersTimeoutField: '响应截止时间',
    idleTimeoutField: '空闲超时',
    headersTimeoutHint: (seconds: number) =>
      `请求等待服务器开始响应的最长时间。默认 ${seconds} 秒。`,
    idleTimeoutHint: (seconds: number) =>
      `请求或传输在没有数据时最多等待多久，之后重试。默认 ${seconds} 秒。`,
    pathStyle: '路径风格（Path Style）',
    virtualStyle: '虚拟主机风格（Virtual Hosted Style）',
    testConnection: '测试连接',
    cancel: '取消',
    save: '保存',
    connected: (count: number, ms: number) => `连接成功：${count} 个存储桶，用时 ${ms} 毫秒`,
    connectedBucket: (bucket: string, ms: number) =>
      `连接成功：存储桶 ${bucket} 在 ${ms} 毫秒内响应`,

    actionsFor: (name: string) => `${name} 的操作`,
    edit: '编辑…',
    duplicate: '复制…',
    newBucket: '新建存储桶…',
    refreshBuckets: '刷新存储桶',
    delete: '删除…',

    deleteTitle: '删除连接',
    deleteBody: (name: string) =>
      `确定删除“${name}”吗？它保存的密钥会从这台电脑上移除，服务器上的存储桶和对象不受影响。`,
    deleteConfirm: '删除',

    loadingConnections: '正在加载连接…',
    loadingBuckets: '正在加载存储桶…',
    noBuckets: '没有存储桶',
    createFirstBucket: '创建存储桶',
    bucketOnly: '仅此存储桶',

    importButton: '从 AWS CLI 导入…',
    importTitle: '从 AWS CLI 导入',
    importIntro:
      '以下是在 ~/.aws/credentials 和 ~/.aws/config 中找到的配置。Holdall 会读取其中的密钥并加密保存在这台电脑上，这里不会显示密钥。',
    importLoading: '正在读取 ~/.aws…',
    importEmpty: '在 ~/.aws/credentials 和 ~/.aws/config 中没有找到配置。',
    importListLabel: 'AWS CLI 配置',
    importRegion: (region: string) => `地域 ${region}`,
    importEndpoint: (endpoint: string) => (endpoint === '' ? 'Amazon S3' : endpoint),
    importNoKeys: '没有密钥',
    importSubmit: (count: number) => (count === 0 ? '导入' : `导入 ${count} 个配置`),
    importDone: (count: number) => `已导入 ${count} 个连接。`,
    importSkipped: (name: string, reason: string) => `${name}：${reason}`,
    close: '关闭',
  },
});

/** The connection form's field labels, keyed by field so errors can name their field. */
export const connectionFieldLabels = localized({
  en: {
    name: 'Name',
    provider: 'Provider',
    endpoint: 'Endpoint',
    region: 'Region',
    addressing: 'Addressing',
    accessKeyId: 'Access key ID',
    secretAccessKey: 'Secret access key',
    bucket: 'Bucket (optional)',
    headersTimeout: 'Response deadline (s)',
    idleTimeout: 'Idle timeout (s)',
  },
  'zh-CN': {
    name: '名称',
    provider: '服务商',
    endpoint: '服务端点（Endpoint）',
    region: '地域',
    addressing: '访问方式',
    accessKeyId: '访问密钥 ID（AccessKey ID）',
    secretAccessKey: '访问密钥（AccessKey Secret）',
    bucket: '存储桶（可选）',
    headersTimeout: '响应截止时间（秒）',
    idleTimeout: '空闲超时（秒）',
  },
});
