import { createContext, useContext } from 'react';
import type { HouseStyleSession } from './house-style-session';

/** The story page's house-style session; null where nothing is checked (the benchmark's bare page, before the rules load). */
export const HouseStyleContext = createContext<HouseStyleSession | null>(null);

export function useHouseStyleSession(): HouseStyleSession | null {
  return useContext(HouseStyleContext);
}
