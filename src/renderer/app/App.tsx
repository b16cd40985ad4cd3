import { Suspense, useEffect, useRef, useState } from 'react';
import type { CopydeskApi } from '../../shared/api/contract';
import type { CommandId } from '../../shared/commands/command-list';
import { ApiProvider } from '../api/api-context';
import type { CommandSource } from '../api/client';
import { CommandPalette } from '../commands/CommandPalette';
import { CommandsProvider, useCommand, useCommandRegistry, useRunCommand } from '../commands/commands-context';
import { ShortcutsSheet } from '../commands/ShortcutsSheet';
import { requestExport } from '../export/export-request';
import { StoryPage } from '../story/StoryPage';
import { useCreateStory } from '../story/use-create-story';
import { ToastProvider } from '../ui/toasts';
import { NavigationProvider, useNavigation } from './navigation';
import { AuthorsScreen, LibraryScreen, SettingsScreen } from './screens';
import { SettingsProvider } from './settings-context';

export function App({ api, onCommand }: { api: CopydeskApi; onCommand: CommandSource }) {
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <SettingsProvider>
          <NavigationProvider>
            <CommandsProvider>
              <Shell onCommand={onCommand} />
            </CommandsProvider>
          </NavigationProvider>
        </SettingsProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

function Shell({ onCommand }: { onCommand: CommandSource }) {
  const { route, navigate, confirmLeave } = useNavigation();
  const createStory = useCreateStory();
  const runCommand = useRunCommand();
  const registry = useCommandRegistry();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);

  useCommand('new-story', () => void createStory());
  useCommand('show-library', () => void navigate({ screen: 'library' }));
  useCommand('show-authors', () => void navigate({ screen: 'authors' }));
  useCommand('show-settings', () => void navigate({ screen: 'settings' }));
  useCommand('show-shortcuts', () => setShortcutsOpen(true));
  useCommand('command-palette', () => setPaletteOpen(true));
  useCommand('export', requestExport, () =>
    route.screen === 'story' ? null : 'Open a story to export it, or tick stories in the library and choose “Export to a folder…”.',
  );

  const closePalette = (run: CommandId | null) => {
    setPaletteOpen(false);
    if (run !== null) runCommand(run);
  };

  // The application menu sends command ids; 'flush-and-close' comes from the window closing.
  const latestRun = useRef(runCommand);
  const latestConfirmLeave = useRef(confirmLeave);
  useEffect(() => {
    latestRun.current = runCommand;
    latestConfirmLeave.current = confirmLeave;
  });
  useEffect(
    () =>
      onCommand((command) => {
        // The window waits for this: save (or ask, if saving fails), then close it ourselves.
        if (command === 'flush-and-close') void latestConfirmLeave.current().then((leave) => leave && window.close());
        else latestRun.current(command);
      }),
    [onCommand],
  );

  return (
    <>
      <Suspense fallback={null}>
        {route.screen === 'library' && <LibraryScreen onNewStory={createStory} />}
        {route.screen === 'authors' && <AuthorsScreen />}
        {route.screen === 'settings' && <SettingsScreen />}
      </Suspense>
      {route.screen === 'story' && <StoryPage key={route.id} id={route.id} />}
      {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
      {paletteOpen && <CommandPalette registry={registry} onClose={closePalette} />}
    </>
  );
}
