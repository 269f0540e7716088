import { describe, expect, it } from 'vitest';
import type { Command } from '../../app/commands.js';
import { filterCommands } from './filter-commands.js';

function command(id: string, title: string, group: string, keywords?: string[]): Command {
  return { id, title, group, run: () => undefined, ...(keywords ? { keywords } : {}) };
}

const commands = [
  command('go.photos', 'Go to bucket photos · RGW', 'Buckets', ['open']),
  command('go.backups', 'Go to bucket backups · RGW', 'Buckets', ['open']),
  command('new.connection', 'New connection…', 'Create', ['add', 'endpoint']),
  command('new.bucket', 'New bucket…', 'Create', ['create']),
  command('transfers', 'Show transfers', 'View'),
  command('language', '切换语言为 English', '偏好设置', ['language', 'switch language']),
];

const titles = (query: string) =>
  filterCommands(commands, query).flatMap((group) => group.commands.map((c) => c.title));

describe('command palette filter', () => {
  it('lists everything, grouped in contribution order, for an empty query', () => {
    const groups = filterCommands(commands, '  ');
    expect(groups.map((g) => g.group)).toEqual(['Buckets', 'Create', 'View', '偏好设置']);
    expect(groups[0]?.commands.map((c) => c.id)).toEqual(['go.photos', 'go.backups']);
  });

  it('needs every word, in order, so "bucket pho" finds photos and "pho bucket" finds nothing', () => {
    expect(titles('bucket pho')).toEqual(['Go to bucket photos · RGW']);
    expect(titles('pho bucket')).toEqual([]);
  });

  it('ignores case and matches inside words', () => {
    expect(titles('BACKUP')).toEqual(['Go to bucket backups · RGW']);
    expect(titles('ckups')).toEqual(['Go to bucket backups · RGW']);
  });

  it('ranks a match at the start of a word above one inside a word, then earlier above later', () => {
    const list = [
      command('backups', 'Go to bucket backups', 'Buckets'),
      command('upload', 'Upload files', 'Objects'),
      command('pause', 'Pause uploads', 'Transfers'),
    ];
    const ranked = (query: string) =>
      filterCommands(list, query).flatMap((group) => group.commands.map((c) => c.id));
    expect(ranked('up')).toEqual(['upload', 'pause', 'backups']);
    expect(titles('new b')).toEqual(['New bucket…']);
  });

  it('ranks title matches above keyword-only matches and finds a Chinese title by English keywords', () => {
    expect(titles('language')).toEqual(['切换语言为 English']);
    expect(titles('open')).toEqual(['Go to bucket photos · RGW', 'Go to bucket backups · RGW']);
    expect(titles('语言')).toEqual(['切换语言为 English']);
  });

  it('puts the group of the best match first', () => {
    expect(filterCommands(commands, 'new').map((g) => g.group)).toEqual(['Create']);
    expect(filterCommands(commands, 'show').map((g) => g.group)).toEqual(['View']);
  });
});
