import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { SectionSettings, Settings } from '../../shared/settings/settings-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';

const SettingsContext = createContext<Settings | null>(null);

/** The profile's settings, read once per window (the settings screen will refresh them). */
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
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

/** Null until the settings have loaded. */
export function useSettings(): Settings | null {
  return useContext(SettingsContext);
}

export function sectionSettings(settings: Settings | null, name: string): SectionSettings | undefined {
  return settings?.sections.find((s) => s.name === name);
}
