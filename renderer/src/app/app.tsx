import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContractClient } from '../contract/contract-client.js';
import { ContractProvider } from '../contract/contract-context.js';
import { IpcEventsProvider } from '../contract/ipc-events-provider.js';
import { CommandPalette } from '../features/command-palette/command-palette.js';
import { NavigationContext } from '../features/navigation/navigation-context.js';
import { useNavigationState } from '../features/navigation/use-navigation-state.js';
import { DownloadNotices } from '../features/open-download/download-notices.js';
import { MfaPrompts } from '../features/sign-in/mfa-prompt.js';
import { DeviceCodePrompts } from '../features/sign-in/device-code-prompt.js';
import { useLocale } from '../i18n/use-locale.js';
import { createQueryClient } from './query-client.js';
import { CommandProvider } from './commands.js';
import { ObjectActionProvider } from './object-actions.js';
import { Shell } from './shell.js';

export function App({ client }: { client: ContractClient }) {
  const [queryClient] = useState(createQueryClient);
  const navigation = useNavigationState();
  // Messages are read while rendering, so a new language means rendering the shell afresh;
  // the query cache and where the user is sit above it and survive.
  const locale = useLocale();
  return (
    <QueryClientProvider client={queryClient}>
      <ContractProvider client={client}>
        <IpcEventsProvider>
          <NavigationContext value={navigation}>
            <CommandProvider key={locale}>
              <ObjectActionProvider>
                <Shell />
                <CommandPalette />
                <DownloadNotices />
                <MfaPrompts />
                <DeviceCodePrompts />
              </ObjectActionProvider>
            </CommandProvider>
          </NavigationContext>
        </IpcEventsProvider>
      </ContractProvider>
    </QueryClientProvider>
  );
}
