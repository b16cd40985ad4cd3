import { useCallback, type ChangeEvent, type Ref } from 'react';
import { useApi } from '../api/api-context';
import type { ImageFile } from '../../nodes/image/image-parts';

/** Copies a picked file into the profile and says where it is (the app calls the importImage operation). */
export type ImportImage = (file: File) => Promise<ImageFile>;

/** importImage through the API: the bytes go to the profile, the story keeps only the content address. */
export function useImportImage(): ImportImage {
  const api = useApi();
  return useCallback(
    async (file: File): Promise<ImageFile> => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const stored = await api.importImage({ fileName: file.name, bytes });
      return { sha256: stored.sha256, ext: stored.ext, width: stored.width, height: stored.height };
    },
    [api],
  );
}

type ImageFileInputProps = {
  ref: Ref<HTMLInputElement>;
  importImage: ImportImage;
  onImported: (image: ImageFile) => void;
  onError: (message: string) => void;
  /** Called when a file is picked, before it is copied (large files take a moment). */
  onBusy?: (busy: boolean) => void;
  testId: string;
};

/**
 * Pictures come from disk through a hidden file input, opened by a button or
 * a command, which works the same in the app and the browser preview.
 */
export function ImageFileInput({ ref, importImage, onImported, onError, onBusy, testId }: ImageFileInputProps) {
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    onBusy?.(true);
    let stored: ImageFile;
    try {
      stored = await importImage(file);
    } catch (error) {
      onError(error instanceof Error ? error.message : 'The image could not be added.');
      return;
    } finally {
      onBusy?.(false);
    }
    onImported(stored);
  };

  return (
    <input
      ref={ref}
      className="visually-hidden"
      type="file"
      accept="image/jpeg,image/png,image/gif,image/webp"
      tabIndex={-1}
      aria-hidden="true"
      data-testid={testId}
      onChange={(event) => void onChange(event)}
    />
  );
}
