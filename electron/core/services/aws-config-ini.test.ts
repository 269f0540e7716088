import { describe, expect, it } from 'vitest';
import { parseIni, profileSections, servicesSection } from './aws-config-ini.js';

const entries = (map: ReadonlyMap<string, ReadonlyMap<string, string>>) =>
  Object.fromEntries([...map].map(([name, values]) => [name, Object.fromEntries(values)]));

describe('parseIni', () => {
  it('reads sections, trims spaces around names, keys and values, and lower-cases keys', () => {
    const text = '[ default ]\n  AWS_Access_Key_ID   =   AKID  \nregion=eu-west-1\r\n';
    expect(entries(parseIni(text))).toEqual({
      default: { aws_access_key_id: 'AKID', region: 'eu-west-1' },
    });
  });

  it('drops full-line and inline comments of both kinds, but not a "#" inside a value', () => {
    const text = [
      '# a comment',
      '; another',
      '[a] ; section comment',
      'region = us-east-2 # where',
      'endpoint_url = http://h:1/x#frag',
      '  ; indented comment',
    ].join('\n');
    expect(entries(parseIni(text))).toEqual({
      a: { region: 'us-east-2', endpoint_url: 'http://h:1/x#frag' },
    });
  });

  it('stores indented lines under an empty key as nested keys', () => {
    const text =
      '[profile x]\ns3 =\n  addressing_style = path\n  endpoint_url = http://n\nregion = r';
    expect(entries(parseIni(text))).toEqual({
      'profile x': { 's3.addressing_style': 'path', 's3.endpoint_url': 'http://n', region: 'r' },
    });
  });

  it('ignores keys outside any section and lines without "="', () => {
    expect(entries(parseIni('orphan = 1\n[s]\njunk line\nk = v'))).toEqual({ s: { k: 'v' } });
  });

  it('treats __proto__ as a plain name', () => {
    const sections = parseIni('[__proto__]\n__proto__ = 1');
    expect(sections.get('__proto__')?.get('__proto__')).toBe('1');
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });
});

describe('profileSections', () => {
  const config = parseIni(
    '[default]\nregion = a\n[profile dev]\nregion = b\n[profile  spaced ]\nregion = c\n' +
      '[sso-session corp]\nsso_region = x\n[services local]\ns3 =\n  endpoint_url = http://l\n' +
      '[stray]\nregion = d',
  );

  it('names config profiles without the "profile" prefix and skips other sections', () => {
    expect([...profileSections(config, 'config').keys()]).toEqual(['default', 'dev', 'spaced']);
  });

  it('takes credentials sections as they are', () => {
    const credentials = parseIni('[default]\nk = 1\n[dev]\nk = 2');
    expect([...profileSections(credentials, 'credentials').keys()]).toEqual(['default', 'dev']);
  });

  it('finds a services block by name', () => {
    expect(servicesSection(config, 'local')?.get('s3.endpoint_url')).toBe('http://l');
    expect(servicesSection(config, 'nope')).toBeUndefined();
  });
});
