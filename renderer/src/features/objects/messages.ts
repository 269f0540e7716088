import { localized } from '../../i18n/localized.js';
import { formatCount } from '../../lib/format-count.js';

/** Every string the object list shows, in each language Holdall speaks. */
const en = {
  gridLabel: 'Objects',
  breadcrumbsLabel: 'Breadcrumbs',
  emptyFolderName: '(empty name)',
  searchCrumb: (text: string) => `${text}…`,
  toolbarLabel: 'Object list tools',
  filterLabel: 'Filter by name',
  filterPlaceholder: 'Filter by name · Enter searches the folder',
  columns: {
    name: 'Name',
    size: 'Size',
    modified: 'Modified',
    storageClass: 'Storage class',
  },
  noValue: '—',
  loading: 'Loading…',
  empty: 'This folder is empty',
  noSearchResults: (text: string) => `No names start with “${text}” here`,
  noFilterMatches: (text: string) => `No loaded item matches “${text}”`,
  loadError: 'The objects could not be listed',
  pageError: 'More objects could not be listed',
  retry: 'Retry',
  itemsLoaded: (n: number) => `${formatCount(n)} ${n === 1 ? 'item' : 'items'} loaded`,
  itemsTotal: (n: number) => `${formatCount(n)} ${n === 1 ? 'item' : 'items'}`,
  loadingMore: 'loading more…',
  scrollForMore: 'scroll for more',
  filtered: (shown: number, loaded: number) =>
    `${formatCount(shown)} of ${formatCount(loaded)} loaded items match`,
  filterHint: 'press Enter to search the whole folder',
  selected: (n: number) => `${formatCount(n)} selected`,
};

export const objectMessages = localized({
  en,
  'zh-CN': {
    gridLabel: '对象',
    breadcrumbsLabel: '路径',
    emptyFolderName: '（空名称）',
    searchCrumb: (text: string) => `${text}…`,
    toolbarLabel: '对象列表工具',
    filterLabel: '按名称筛选',
    filterPlaceholder: '按名称筛选 · 回车搜索整个文件夹',
    columns: {
      name: '名称',
      size: '大小',
      modified: '修改时间',
      storageClass: '存储类型',
    },
    noValue: '—',
    loading: '正在加载…',
    empty: '此文件夹为空',
    noSearchResults: (text: string) => `此处没有以“${text}”开头的名称`,
    noFilterMatches: (text: string) => `已加载的项目中没有与“${text}”匹配的`,
    loadError: '无法列出对象',
    pageError: '无法列出更多对象',
    retry: '重试',
    itemsLoaded: (n: number) => `已加载 ${formatCount(n)} 项`,
    itemsTotal: (n: number) => `共 ${formatCount(n)} 项`,
    loadingMore: '正在加载更多…',
    scrollForMore: '滚动以加载更多',
    filtered: (shown: number, loaded: number) =>
      `已加载的 ${formatCount(loaded)} 项中有 ${formatCount(shown)} 项匹配`,
    filterHint: '按回车搜索整个文件夹',
    selected: (n: number) => `已选择 ${formatCount(n)} 项`,
  },
});
