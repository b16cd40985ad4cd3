import { useEffect } from 'react';
import { useApi } from '../api/api-context';

/** Once the story has loaded, the library no longer marks it as changed by others on the desk: they are now seen. */
export function useMarkOpened(storyId: string, loaded: boolean): void {
  const api = useApi();
  useEffect(() => {
    // The mark is a hint in the library; failing to clear it must never get in the way of editing.
    if (loaded) api.markStoryOpened({ storyId }).catch(() => undefined);
  }, [api, storyId, loaded]);
}
