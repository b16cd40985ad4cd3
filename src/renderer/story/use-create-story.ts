import { useCallback, useRef } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useToasts } from '../ui/toasts';

/**
 * Creates a draft and opens it. The shortcut and the menu may both fire for
 * one key press, so a second request while one is running is ignored.
 */
export function useCreateStory(): () => Promise<void> {
  const api = useApi();
  const toasts = useToasts();
  const { confirmLeave, go } = useNavigation();
  const running = useRef(false);
  return useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      if (!(await confirmLeave())) return;
      const story = await api.createStory({});
      go({ screen: 'story', id: story.id });
    } catch (error) {
      toasts.show({ message: `A new story could not be created. ${errorMessage(error)}`, tone: 'error' });
    } finally {
      running.current = false;
    }
  }, [api, toasts, confirmLeave, go]);
}
