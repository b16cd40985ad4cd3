import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SectionSettings, Settings } from '../../shared/settings/settings-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';

const SettingsContext = createContext<Settings | null>(null);
const ReplaceSettingsContext = createContext<(settings: Settings) => void>(() => undefined);

/** The profile's settings, read once per window and replaced when the settings screen saves. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const toasts = useToasts();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    api.getSettings({}).then(
      (value) => live && setSettings(value),
      (error: unknown) =>
        live && toasts.show({ message: `The settings could not be read. ${errorMessage(error)}`, tone: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [api, toasts]);
  return (
    <ReplaceSettingsContext.Provider value={setSettings}>
      <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>
    </ReplaceSettingsContext.Provider>
  );
}

/** Null until the settings have loaded. */
export function useSettings(): Settings | null {
  return useContext(SettingsContext);
}

/** For the settings screen: the saved settings, shown at once everywhere. */
export function useReplaceSettings(): (settings: Settings) => void {
  return useContext(ReplaceSettingsContext);
}

export function sectionSettings(settings: Settings | null, name: string): SectionSettings | undefined {
  return settings?.sections.find((s) => s.name === name);
}
