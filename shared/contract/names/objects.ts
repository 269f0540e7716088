export const objectChannelNames = [
  'objects.list',
  'objects.put',
  'objects.read',
  'objects.head',
  'objects.delete',
  'objects.deleteMany',
  'objects.deletePrefix',
  'objects.stopDeletePrefix',
] as const;

export const objectEventNames = ['objects.deletePrefixProgress'] as const;
