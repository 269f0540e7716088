const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe inside element text and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c);
}

/** One POSIX shell word, whatever it holds. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface PostFormOptions {
  title: string;
  /** Lets the file picker suggest matching files; the policy is what enforces it. */
  accept?: string | undefined;
  /** Fields the uploader fills in (e.g. a Content-Type under a prefix), prefilled. */
  editable?: Readonly<Record<string, string>> | undefined;
}

/**
 * A complete page that uploads through the presigned form. S3 reads fields in order
 * and ignores anything after the file, so the file input comes last.
 */
export function postFormHtml(
  url: string,
  fields: Readonly<Record<string, string>>,
  options: PostFormOptions,
): string {
  const hidden = Object.entries(fields).map(
    ([name, value]) =>
      `      <input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
  );
  const visible = Object.entries(options.editable ?? {}).map(
    ([name, value]) =>
      `      <label>${escapeHtml(name)} <input type="text" name="${escapeHtml(name)}" value="${escapeHtml(value)}" required></label>`,
  );
  const accept = options.accept === undefined ? '' : ` accept="${escapeHtml(options.accept)}"`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8">',
    `    <title>${escapeHtml(options.title)}</title>`,
    '  </head>',
    '  <body>',
    `    <form action="${escapeHtml(url)}" method="post" enctype="multipart/form-data">`,
    ...hidden,
    ...visible,
    `      <input type="file" name="file" required${accept}>`,
    '      <button type="submit">Upload</button>',
    '    </form>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A curl command for the same upload. Fields go through --form-string, which takes
 * values literally: with -F a value starting with "@" or "<" would be read from a
 * file. The file name is double-quoted for curl (";" and "," split -F values).
 */
export function postCurlCommand(
  url: string,
  fields: Readonly<Record<string, string>>,
  filePath: string,
): string {
  const curlFileName = `"${filePath.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return [
    'curl',
    ...Object.entries(fields).map(
      ([name, value]) => `--form-string ${shellQuote(`${name}=${value}`)}`,
    ),
    `-F ${shellQuote(`file=@${curlFileName}`)}`,
    shellQuote(url),
  ].join(' \\\n  ');
}
