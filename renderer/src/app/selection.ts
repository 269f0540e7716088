/** Where the user is: the same shape the address and the desktop's `holdall://open` links name. */
export type { Place as Selection } from '../../../shared/domain/place-link.js';
