import { Suspense, useEffect, useRef, useState } from 'react';
import type { CopydeskApi, ShellCommand } from '../../shared/api/contract';
import { ApiProvider } from '../api/api-context';
import type { CommandSource } from '../api/client';
import { requestExport } from '../export/export-request';
import { StoryPage } from '../story/StoryPage';
import { useCreateStory } from '../story/use-create-story';
import { hasPrimaryModifier } from '../ui/keyboard';
import { ToastProvider, useToasts } from '../ui/toasts';
import { NavigationProvider, useNavigation } from './navigation';
import { AuthorsScreen, LibraryScreen, SettingsScreen } from './screens';
import { SettingsProvider } from './settings-context';
import { ShortcutsSheet } from './ShortcutsSheet';

export function App({ api, onCommand }: { api: CopydeskApi; onCommand: CommandSource }) {
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <SettingsProvider>
          <NavigationProvider>
            <Shell onCommand={onCommand} />
          </NavigationProvider>
        </SettingsProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

function Shell({ onCommand }: { onCommand: CommandSource }) {
  const { route, navigate, confirmLeave } = useNavigation();
  const toasts = useToasts();
  const createStory = useCreateStory();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  const handleCommand = (command: ShellCommand) => {
    switch (command) {
      case 'new-story':
        void createStory();
        break;
      case 'show-library':
        void navigate({ screen: 'library' });
        break;
      case 'show-shortcuts':
        setShortcutsOpen(true);
        break;
      case 'export':
        if (route.screen === 'story') requestExport();
        else toasts.show({ message: 'Open a story to export it, or tick stories in the library and choose “Export to a folder…”.' });
        break;
      case 'flush-and-close':
        // The window waits for this: save (or ask, if saving fails), then close it ourselves.
        void confirmLeave().then((leave) => leave && window.close());
        break;
    }
  };
  const latestHandler = useRef(handleCommand);
  const navigateRef = useRef(navigate);
  useEffect(() => {
    latestHandler.current = handleCommand;
    navigateRef.current = navigate;
  });

  useEffect(() => onCommand((command) => latestHandler.current(command)), [onCommand]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasPrimaryModifier(event) || event.altKey || event.shiftKey) return;
      if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        latestHandler.current('new-story');
      } else if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        latestHandler.current('export');
      } else if (event.key === ',') {
        event.preventDefault();
        void navigateRef.current({ screen: 'settings' });
      } else if (event.key === '/') {
        event.preventDefault();
        latestHandler.current('show-shortcuts');
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <Suspense fallback={null}>
        {route.screen === 'library' && <LibraryScreen onNewStory={createStory} />}
        {route.screen === 'authors' && <AuthorsScreen />}
        {route.screen === 'settings' && <SettingsScreen />}
      </Suspense>
      {route.screen === 'story' && <StoryPage key={route.id} id={route.id} />}
      {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
    </>
  );
}
