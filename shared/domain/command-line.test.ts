import { describe, expect, it } from 'vitest';
import { splitCommandLine } from './command-line.js';

const words = (line: string) => {
  const split = splitCommandLine(line);
  return split.ok ? split.words : split.reason;
};

describe('splitCommandLine, as the AWS CLI splits credential_process', () => {
  it('splits the AWS CLI documentation examples on blanks', () => {
    expect(words('/opt/bin/awscreds-retriever --username susan')).toEqual([
      '/opt/bin/awscreds-retriever',
      '--username',
      'susan',
    ]);
    expect(words('  get-keys\t--profile  lab  ')).toEqual(['get-keys', '--profile', 'lab']);
  });

  it('keeps quoted paths with spaces as one word', () => {
    expect(words('"/Users/susan/My Tools/creds" --name \'a b\'')).toEqual([
      '/Users/susan/My Tools/creds',
      '--name',
      'a b',
    ]);
    expect(words('a"b c"d')).toEqual(['ab cd']);
    expect(words("''")).toEqual(['']);
  });

  it('reads backslashes like shlex: literal in single quotes, escaping in double quotes', () => {
    expect(words('one\\ word')).toEqual(['one word']);
    expect(words("'a\\b'")).toEqual(['a\\b']);
    expect(words('"a\\"b\\c"')).toEqual(['a"b\\c']);
  });

  it('leaves shell syntax alone: no variables, pipes or globs', () => {
    expect(words('echo $HOME | cat *')).toEqual(['echo', '$HOME', '|', 'cat', '*']);
  });

  it('names what is wrong with a line it cannot split', () => {
    expect(words('get-keys "--name')).toBe('has an unclosed " quote');
    expect(words("get-keys '--name")).toBe("has an unclosed ' quote");
    expect(words('get-keys \\')).toBe('ends with a lone backslash');
    expect(words('   ')).toBe('is required');
  });
});
