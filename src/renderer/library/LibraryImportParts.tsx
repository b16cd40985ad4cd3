import { ImportDialog } from './ImportDialog';
import { ImportDropTarget } from './ImportDropTarget';
import { ImportMatchDialog } from './ImportMatchDialog';
import type { LibraryImport } from './use-library-import';

/** What the Import… picker offers; the file's own bytes decide what it is. */
const IMPORT_ACCEPT = '.docx,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html';

/** The library's import: the hidden file picker, the drop target while dragging, and the import's progress or outcome. */
export function LibraryImportParts({ libraryImport }: { libraryImport: LibraryImport }) {
  const { storyImport, inputRef, importFiles, drop } = libraryImport;
  const state = storyImport.state;
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Import a Word document or web page"
        onChange={(event) => {
          importFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
      {drop.dragging && <ImportDropTarget />}
      {state?.stage === 'matched' ? (
        <ImportMatchDialog
          fileName={state.fileName}
          notes={state.notes}
          match={state.match}
          updating={state.updating}
          error={state.error}
          onOpenDraft={storyImport.openDraft}
          onUpdate={() => void storyImport.updateMatched()}
        />
      ) : (
        state !== null && <ImportDialog state={state} onClose={storyImport.dismiss} />
      )}
    </>
  );
}
