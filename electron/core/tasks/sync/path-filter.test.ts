import { describe, expect, it } from 'vitest';
import { compareSpecSchema } from '../../../../shared/domain/sync.js';
import { pathFilter } from './compare-folder.js';

const paths = ['a.txt', 'app.log', 'logs/x.log', 'build/out/app.js', 'src/build/keep.ts', 'b.TXT'];

describe('the include and exclude patterns of a compare', () => {
  it('counts every path without patterns', () => {
    expect(paths.filter(pathFilter([], []))).toEqual(paths);
  });

  it('matches a pattern without "/" against a name in every folder, one with "/" against the path', () => {
    expect(paths.filter(pathFilter(['*.log'], []))).toEqual(['app.log', 'logs/x.log']);
    expect(paths.filter(pathFilter(['build/**'], []))).toEqual(['build/out/app.js']);
  });

  it('lets an exclude win over an include, case-sensitively', () => {
    expect(paths.filter(pathFilter(['*.txt', '*.log'], ['logs/**']))).toEqual(['a.txt', 'app.log']);
    expect(paths.filter(pathFilter([], ['*.txt']))).toContain('b.TXT');
  });

  it('refuses a pattern the RegExp engine cannot take as an issue of that field, not a throw', () => {
    const spec = {
      kind: 'compare',
      profileId: 'profile-1',
      bucket: 'photos',
      prefix: '',
      folder: 'a'.repeat(32),
      include: ['*.txt', '[z-a]'],
      exclude: [],
    };
    const parsed = compareSpecSchema.safeParse(spec);
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([['include', 1]]);
    expect(issues[0]?.message).toMatch(/^is not a glob: .*Range out of order/);
  });
});
