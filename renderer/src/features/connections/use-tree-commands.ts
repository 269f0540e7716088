import { useQueries } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { useContract } from '../../contract/contract-context.js';
import { bucketsQuery } from '../../contract/queries.js';
import { usePaletteOpen } from '../command-palette/palette-store.js';
import { connectionMessages as m } from './messages.js';

interface TreeCommandActions {
  goToConnection: (profileId: string) => void;
  goToBucket: (profileId: string, bucket: string) => void;
  newBucket: (profile: ProfileSummary) => void;
}

/**
 * Palette commands to go to any connection or bucket, and to create a bucket on `current`.
 * Bucket lists are asked for once the palette opens, not for every connection at start;
 * lists the tree already fetched are reused.
 */
export function useTreeCommands(
  profiles: readonly ProfileSummary[],
  current: ProfileSummary | undefined,
  actions: TreeCommandActions,
): void {
  const client = useContract();
  const paletteOpen = usePaletteOpen();
  const bucketLists = useQueries({
    queries: profiles.map((profile) => ({
      ...bucketsQuery(client, profile.id),
      enabled: paletteOpen,
    })),
  });
  // A string stays equal across renders while the lists do, so commands register only on change.
  const namesKey = JSON.stringify(bucketLists.map((list) => list.data?.map((b) => b.name) ?? []));
  // The tree's handlers are new each render; commands call whichever is current.
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });

  const commands = useMemo<Command[]>(() => {
    const { goTo, create } = appMessages.commandGroups;
    const names = JSON.parse(namesKey) as string[][];
    const list: Command[] = [];
    profiles.forEach((profile, index) => {
      list.push({
        id: `connections.goto.${profile.id}`,
        title: m.goToConnection(profile.name),
        group: goTo,
        keywords: ['connection', 'open', '连接', profile.endpoint],
        run: () => latest.current.goToConnection(profile.id),
      });
      for (const name of names[index] ?? []) {
        list.push({
          id: `connections.goto.${profile.id}.${name}`,
          title: m.goToBucket(name, profile.name),
          group: goTo,
          keywords: ['bucket', 'open', '存储桶'],
          run: () => latest.current.goToBucket(profile.id, name),
        });
      }
    });
    if (current !== undefined) {
      list.push({
        id: 'buckets.create',
        title: m.newBucketOn(current.name),
        group: create,
        keywords: ['new bucket', 'create bucket', '新建存储桶', '创建存储桶'],
        run: () => latest.current.newBucket(current),
      });
    }
    return list;
  }, [profiles, current, namesKey]);
  useRegisterCommands(commands);
}
