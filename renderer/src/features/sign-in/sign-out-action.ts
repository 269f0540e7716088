import type { ContractClient } from '../../contract/contract-client.js';
import { errorMessage } from '../../contract/contract-error.js';
import { sourceOf } from '../../../../shared/domain/credential-source.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { showNotice } from '../../ui/notices.js';
import { signInMessages as m } from './messages.js';

/**
 * "Sign out" for a connection's menu: only an IAM Identity Center connection has a session to
 * end, or an AWS CLI profile connection whose profile signs in with it (the host says which).
 */
export function signOutAction(client: ContractClient, profile: ProfileSummary) {
  if (sourceOf(profile).kind !== 'sso' && profile.signIn !== 'sso') return [];
  return [
    {
      id: 'sign-out',
      label: m.signOut,
      onSelect: () => {
        client.invoke('credentials.signOut', { profileId: profile.id }).then(
          () => showNotice({ tone: 'success', text: m.signedOut(profile.name) }),
          (err: unknown) => showNotice({ tone: 'error', text: errorMessage(err) }),
        );
      },
    },
  ];
}
