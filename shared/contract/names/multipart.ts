export const multipartChannelNames = [
  'objects.copy',
  'objects.move',
  'objects.copyPrefix',
  'objects.movePrefix',
  'objects.stopPrefix',
  'multipart.create',
  'multipart.uploadPart',
  'multipart.uploadPartCopy',
  'multipart.complete',
  'multipart.abort',
  'multipart.listParts',
  'multipart.listUploads',
  'presign.get',
  'presign.post',
] as const;

export const multipartEventNames = ['objects.prefixProgress'] as const;
