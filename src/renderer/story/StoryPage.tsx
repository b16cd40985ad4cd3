import type { LexicalEditor } from 'lexical';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useLeaveConfirm } from '../app/use-leave-confirm';
import { sectionSettings, useSettings } from '../app/settings-context';
import { BodyEditor, serializeBody, type BodyEditorParts } from '../editor/BodyEditor';
import { createBodyEditorOutputs } from '../editor/editor-outputs';
import { useEditorCommands } from '../editor/use-editor-commands';
import { EXPORT_REQUEST_EVENT } from '../export/export-request';
import { useStoryExport } from '../export/use-story-export';
import { useImportImage } from '../images/ImageFileInput';
import { focusSelectedVersion } from '../panels/history/focus-selected-version';
import { useStoryHistory } from '../panels/history/use-story-history';
import { useMarkOpened } from './use-mark-opened';
import { HouseStyleContext } from '../house-style/house-style-context';
import { useHouseStyle } from '../house-style/use-house-style';
import { Button } from '../ui/Button';
import type { EditorNotice } from '../editor/plugins/editor-notice';
import { useToasts } from '../ui/toasts';
import { StoryColumn } from './StoryColumn';
import { ConflictNotice, PlaceNotice, SaveFailedNotice } from './StoryNotices';
import { StoryOutline } from './StoryOutline';
import { StoryPagePanel } from './StoryPagePanel';
import { StoryRail } from './StoryRail';
import { StoryStatusLine } from './StoryStatusLine';
import { ExportPreview, HistoryCompare } from './story-page-parts';
import { useStoryDraft } from './use-story-draft';
import { useGoToControl } from './use-go-to-control';
import { usePageKeys } from './use-page-keys';
import { usePanelTabs } from './use-panel-tabs';
import type { SharedBody } from '../newsroom/SharedBodyPlugin';
import { useDeskStatus } from '../newsroom/use-desk-status';
import { usePageSaveError } from './page-save-state';

export function StoryPage({ id }: { id: string }) {
  const api = useApi();
  const toasts = useToasts();
  const settings = useSettings();
  const { navigate, go } = useNavigation();
  const draft = useStoryDraft(id);
  // Only a failure's reason redraws the page (for the question on leaving); the status line follows each save itself.
  const saveError = usePageSaveError(draft.saves);
  const { fields, story } = draft;
  const houseStyle = useHouseStyle(settings, fields, draft.update);
  const deskStatus = useDeskStatus();

  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const [outputs] = useState(() => createBodyEditorOutputs());
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  useEditorCommands(editor);
  const panel = usePanelTabs();
  const { openTab: panelTab, open: openPanelTab, uncoverText } = panel;
  const [resolving, setResolving] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const exporter = useStoryExport(id, story?.revision ?? null, draft.flush, panelTab === 'export' || previewOpen);
  const history = useStoryHistory({ storyId: id, storyRevision: story?.revision ?? null, active: panelTab === 'history', draft });
  // A version selected in the History tab takes the centre column, over the text and any export preview.
  const comparedRevision = panelTab === 'history' && story !== null ? history.selected : null;
  const comparing = comparedRevision !== null;
  // The text compared is the editor's (saved before the version was fetched): the page keeps no copy of the body beside it.
  const comparedWith = useMemo(
    () => (comparedRevision === null || story === null || editor === null ? null : { ...story, body: serializeBody(editor) }),
    [comparedRevision, story, editor],
  );
  const previewing = previewOpen && !comparing;

  const leaveQuestion = useLeaveConfirm(() => draft.flush());

  const back = useCallback(() => void navigate({ screen: 'library' }), [navigate]);

  // A new story opens ready for its headline.
  const loaded = story !== null;
  useMarkOpened(id, loaded);
  useEffect(() => {
    if (loaded && headlineRef.current?.value === '') headlineRef.current.focus();
  }, [loaded]);

  const { select: selectRevision } = history;
  const closeComparison = useCallback(() => {
    focusSelectedVersion();
    selectRevision(null);
  }, [selectRevision]);
  const closePreview = useCallback(() => setPreviewOpen(false), []);
  usePageKeys({ comparing, previewing, panelCoversText: panel.coversText }, { closeComparison, closePreview, closePanel: uncoverText, back });

  // Ctrl/Cmd+E and the menu's Export…: the Export tab with the preview beside it.
  useEffect(() => {
    const openExport = () => {
      openPanelTab('export');
      setPreviewOpen(true);
    };
    document.addEventListener(EXPORT_REQUEST_EVENT, openExport);
    return () => document.removeEventListener(EXPORT_REQUEST_EVENT, openExport);
  }, [openPanelTab]);

  // A control on the page (not in a tab) is uncovered first: the preview closes, and so does a panel lying over the text.
  const revealPage = useCallback(() => {
    setPreviewOpen(false);
    uncoverText();
  }, [uncoverText]);
  const goToControl = useGoToControl(openPanelTab, revealPage);

  // Autosave stopped: the notice with the ways out must be in sight, not under a panel or the export preview.
  const stopped = draft.stop !== null;
  useEffect(() => {
    if (stopped) revealPage();
  }, [stopped, revealPage]);

  // The standfirst is a sentence or two, not paragraphs: Enter goes on to the text.
  const focusBody = () => editor?.focus(undefined, { defaultSelection: 'rootStart' });

  // After "Reload theirs" the text editor is a new one: the person carries on writing in it.
  const focusTextWhenReady = useRef(false);
  const { setBodyReader } = draft;
  const onEditorReady = useCallback(
    (ready: LexicalEditor) => {
      setEditor(ready);
      setBodyReader(() => ready.getEditorState());
      if (focusTextWhenReady.current) {
        focusTextWhenReady.current = false;
        ready.focus(undefined, { defaultSelection: 'rootStart' });
      }
    },
    [setBodyReader],
  );

  const importImage = useImportImage();

  // The body editor keeps the one it mounted with (a new one after "Reload theirs" or a restore).
  const sharedBody: SharedBody | undefined =
    draft.shared && story !== null
      ? {
          storyId: id,
          revision: story.revision,
          api,
          options: { onSaved: draft.sharedBodySaved, onRemoteChange: draft.sharedStoryChanged, onSaveState: draft.sharedBodySaveState },
          setFlush: draft.setSharedBodyFlush,
        }
      : undefined;

  const notify = useCallback<EditorNotice>((message, tone, action) => toasts.show({ message, tone, action }), [toasts]);

  const resolveConflict = async (choice: 'theirs' | 'mine') => {
    setResolving(true);
    try {
      if (choice === 'theirs') {
        focusTextWhenReady.current = true;
        await draft.reloadTheirs();
        toasts.show({ message: 'Showing the stored version. Your unsaved changes were discarded.' });
      } else {
        const copyId = await draft.keepMineAsCopy();
        toasts.show({ message: 'Your version was saved as a new story. The other version is unchanged.' });
        go({ screen: 'story', id: copyId });
      }
    } catch (error) {
      focusTextWhenReady.current = false;
      toasts.show({ message: errorMessage(error), tone: 'error' });
    } finally {
      setResolving(false);
    }
  };

  const restorePlace = async () => {
    if (story === null) return;
    try {
      await draft.applyAction((storyId) =>
        story.trashedAt !== null ? api.restoreStory({ id: storyId }) : api.unarchiveStory({ id: storyId }),
      );
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };

  if (draft.loadError !== null) {
    return (
      <div className="story-missing">
        <h1 className="story-missing__title">This story could not be opened</h1>
        <p className="story-missing__text">{draft.loadError}</p>
        <Button variant="primary" onClick={() => go({ screen: 'library' })}>
          Back to the library
        </Button>
      </div>
    );
  }

  const sections = settings?.sections.map((s) => s.name) ?? [];
  if (fields !== null && !sections.includes(fields.section)) sections.unshift(fields.section);
  const target = fields === null ? undefined : sectionSettings(settings, fields.section)?.targetWords;

  const page = (parts: BodyEditorParts | null) => (
    <div className={`story-page${panelTab === null ? '' : ' has-panel'}${previewing ? ' is-previewing' : ''}${comparing ? ' is-comparing' : ''}`}>
      <StoryRail onBack={back} outline={parts === null ? undefined : <StoryOutline outline={outputs.outline} editor={editor} />} />
      <main className="story-main" aria-label="Story" aria-busy={fields === null}>
        {parts?.toolbar}
        <div className="story-scroll">
          <div className="story-notices">{story !== null && <PlaceNotice story={story} onRestore={() => void restorePlace()} />}</div>
          {/* Unsaved work is news wherever the writer is in a long story: these stay in view while the text scrolls. */}
          <div className="story-notices story-notices--sticky">
            {draft.stop !== null && (
              <ConflictNotice
                stop={draft.stop}
                busy={resolving}
                onReloadTheirs={() => void resolveConflict('theirs')}
                onKeepMine={() => void resolveConflict('mine')}
              />
            )}
            <SaveFailedNotice saves={draft.saves} />
          </div>
          {fields !== null && (
            <StoryColumn
              fields={fields}
              update={draft.update}
              sections={sections}
              headlineRef={headlineRef}
              body={parts?.editable}
              onStandfirstEnter={focusBody}
              savedLeadImage={story?.leadImage ?? null}
              bodyGeneration={draft.bodyGeneration}
              importImage={importImage}
            />
          )}
        </div>
        {comparedRevision !== null && comparedWith !== null && (
          <Suspense fallback={null}>
            <HistoryCompare
              revision={comparedRevision}
              current={comparedWith}
              onRestore={history.restoreSelected}
              onClose={closeComparison}
            />
          </Suspense>
        )}
        {previewing && (
          <Suspense fallback={null}>
            <ExportPreview exporter={exporter} assetBaseUrl={settings?.assetBaseUrl ?? ''} onClose={closePreview} />
          </Suspense>
        )}
      </main>
      <StoryPagePanel
        openTab={panelTab}
        lastTab={panel.lastTab}
        onOpenTab={openPanelTab}
        story={story}
        fields={fields}
        update={draft.update}
        editor={editor}
        outputs={outputs}
        exporter={exporter}
        previewOpen={previewOpen}
        onTogglePreview={() => setPreviewOpen((open) => !open)}
        goToControl={goToControl}
        settings={settings}
        houseStyle={houseStyle}
        history={history}
      />
      <StoryStatusLine
        words={outputs.words}
        target={target}
        saves={draft.saves}
        houseStyle={houseStyle}
        onOpenHouseStyle={() => openPanelTab('house-style')}
        deskStatus={deskStatus}
      />
      {leaveQuestion(
        'Leave without saving?',
        draft.stop === 'conflict'
          ? 'This story was changed elsewhere, and your latest changes are not saved. Stay to keep them as a copy.'
          : `Your latest changes could not be saved${saveError ? `: ${saveError}` : '.'} If you leave now, they are lost.`,
      )}
    </div>
  );

  if (story === null || fields === null) return page(null);
  return (
    <HouseStyleContext.Provider value={houseStyle}>
      <BodyEditor
        key={draft.bodyGeneration}
        initialBody={draft.openingBody}
        outputs={outputs}
        onChange={sharedBody === undefined ? draft.bodyChanged : undefined}
        onReady={onEditorReady}
        shared={sharedBody}
        importImage={importImage}
        notify={notify}
      >
        {page}
      </BodyEditor>
    </HouseStyleContext.Provider>
  );
}
