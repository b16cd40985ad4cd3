import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../shared/api/api-error';
import type { ApiOutput } from '../../shared/api/contract';
import type { ExportForm } from '../../shared/export/export-input';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';

export type StoryExport = {
  form: ExportForm;
  setForm: (form: ExportForm) => void;
  /** The latest export of the saved story in the chosen form; null until the first arrives. */
  result: ApiOutput<'exportStory'> | null;
  error: string | null;
  busy: boolean;
  copyHtml: () => Promise<void>;
  copySource: () => Promise<void>;
  saveToFile: () => Promise<void>;
};

export const formLabels: Record<ExportForm, string> = { article: 'Article', body: 'Body', page: 'Page' };

/**
 * The export of one story, refreshed whenever its saved revision changes.
 * Copy and save first save what is pending (flush), so what leaves the app is
 * what the editor shows; each is logged so the library's "Last export" moves.
 */
export function useStoryExport(id: string, revision: number | null, flush: () => Promise<boolean>, active: boolean): StoryExport {
  const api = useApi();
  const toasts = useToasts();
  const [form, setForm] = useState<ExportForm>('article');
  const [result, setResult] = useState<ApiOutput<'exportStory'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!active || revision === null) return;
    let live = true;
    api.exportStory({ id, form }).then(
      (value) => {
        if (!live) return;
        setResult(value);
        setError(null);
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, id, form, revision, active]);

  const fresh = useCallback(async () => {
    if (!(await flush())) throw new ApiError('rejected', 'The latest changes are not saved yet, so they cannot be exported. Try again in a moment.');
    return api.exportStory({ id, form });
  }, [api, id, form, flush]);

  const run = useCallback(
    async (action: () => Promise<string | null>) => {
      setBusy(true);
      try {
        const message = await action();
        if (message !== null) toasts.show({ message });
      } catch (failure) {
        toasts.show({ message: errorMessage(failure), tone: 'error' });
      } finally {
        setBusy(false);
      }
    },
    [toasts],
  );

  const copy = useCallback(
    (rich: boolean) =>
      run(async () => {
        const { html } = await fresh();
        await api.writeClipboard(rich ? { html, text: html } : { text: html });
        await api.recordExport({ id, form, destination: 'clipboard' });
        return rich ? `Copied the ${formLabels[form].toLowerCase()} HTML` : `Copied the ${formLabels[form].toLowerCase()} source`;
      }),
    [api, fresh, id, form, run],
  );

  const saveToFile = useCallback(
    () =>
      run(async () => {
        await fresh();
        const saved = await api.saveExportFile({ id, form });
        return 'cancelled' in saved ? null : `Saved ${saved.path}`;
      }),
    [api, fresh, id, form, run],
  );

  return { form, setForm, result, error, busy, copyHtml: () => copy(true), copySource: () => copy(false), saveToFile };
}
