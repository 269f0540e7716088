import { z } from 'zod';

/**
 * A place the desktop app was asked to show (a `holdall://open/#/c/…` link): loose on purpose,
 * so a link naming a connection or bucket that does not exist still reaches the page and gets
 * the notice a browser address would get. Bounded, so a link cannot carry megabytes.
 */
export const linkedPlaceSchema = z
  .object({
    profileId: z.string().min(1).max(256),
    bucket: z.string().min(1).max(256).nullable(),
    prefix: z.string().max(4096),
  })
  .strict();

export const desktopEvents = {
  /** Electron only: show this place, as the browser host does for an address's `#/c/…`. */
  'desktop.openPlace': linkedPlaceSchema,
  /** Electron only: a `holdall://connect?…` link to open the new-connection form with. */
  'desktop.openConnectLink': z.object({ link: z.string().max(4096) }).strict(),
} as const;
