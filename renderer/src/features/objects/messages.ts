const count = new Intl.NumberFormat();

/** Every string the object list shows, in one plain object so translations can swap it. */
export const objectMessages = {
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
  itemsLoaded: (n: number) => `${count.format(n)} ${n === 1 ? 'item' : 'items'} loaded`,
  itemsTotal: (n: number) => `${count.format(n)} ${n === 1 ? 'item' : 'items'}`,
  loadingMore: 'loading more…',
  scrollForMore: 'scroll for more',
  filtered: (shown: number, loaded: number) =>
    `${count.format(shown)} of ${count.format(loaded)} loaded items match`,
  filterHint: 'press Enter to search the whole folder',
  selected: (n: number) => `${count.format(n)} selected`,
} as const;
