/** Section name → key → value. Maps, so a section or key named `__proto__` is only a name. */
export type IniSections = Map<string, Map<string, string>>;

// A comment starts a line or follows whitespace, as the AWS SDKs read it; AWS secrets hold
// neither "#" nor ";", so this cannot cut a key short.
const COMMENT = /(^|\s)[#;].*$/;
const SECTION = /^\[([^\]]*)\]$/;

/**
 * Reads the INI dialect of ~/.aws/credentials and ~/.aws/config. A key with an empty value
 * opens a nested block of indented lines, stored as `parent.key` (for example
 * `s3 =\n  addressing_style = path` becomes `s3.addressing_style`). Keys are lower-cased, as
 * the AWS CLI does; a repeated section adds to the first.
 */
export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, string> | undefined;
  let nested: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(COMMENT, '');
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const header = SECTION.exec(trimmed);
    if (header !== null) {
      const name = (header[1] ?? '').trim();
      section = sections.get(name) ?? new Map<string, string>();
      sections.set(name, section);
      nested = undefined;
      continue;
    }
    const eq = line.indexOf('=');
    if (section === undefined || eq === -1) continue;
    const key = line.slice(0, eq).trim().toLowerCase();
    const value = line.slice(eq + 1).trim();
    if (key === '') continue;
    if (/^\s/.test(line) && nested !== undefined) {
      section.set(`${nested}.${key}`, value);
    } else if (value === '') {
      nested = key;
    } else {
      nested = undefined;
      section.set(key, value);
    }
  }
  return sections;
}

/** Profiles by name: `[name]` in credentials; `[default]` and `[profile name]` in config. */
export function profileSections(
  sections: IniSections,
  kind: 'credentials' | 'config',
): Map<string, Map<string, string>> {
  const profiles = new Map<string, Map<string, string>>();
  for (const [header, values] of sections) {
    let name: string | undefined;
    if (kind === 'credentials') name = header;
    else if (header === 'default') name = 'default';
    else if (/^profile\s/.test(header)) name = header.replace(/^profile\s+/, '').trim();
    // Other config sections (sso-session, services) are looked up by reference, not listed.
    if (name === undefined || name === '') continue;
    profiles.set(name, new Map([...(profiles.get(name) ?? []), ...values]));
  }
  return profiles;
}

/**
 * `[services name]` blocks of the config file, which profiles name with `services = name`; or,
 * with `kind`, `[sso-session name]` blocks, which profiles name with `sso_session = name`.
 */
export function servicesSection(
  sections: IniSections,
  name: string,
  kind: 'services' | 'sso-session' = 'services',
): Map<string, string> | undefined {
  for (const [header, values] of sections) {
    const match = new RegExp(`^${kind}\\s+(.+)$`).exec(header);
    if (match?.[1]?.trim() === name) return values;
  }
  return undefined;
}
