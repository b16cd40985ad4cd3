import type { LexicalEditor } from 'lexical';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SectionSettings } from '../../shared/settings/settings-schema';
import { statusLabels, workflowStatuses, type WorkflowStatus } from '../../shared/story/story-constants';
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
import { useLiveValue, type LiveValue } from '../editor/live-value';
import { useImportImage } from '../images/ImageFileInput';
import { BylinesPanel } from '../panels/bylines/BylinesPanel';
import { StoryBylineNames } from '../panels/bylines/StoryBylineNames';
import { PullQuoteList } from '../panels/pull-quotes/PullQuoteList';
import { focusSelectedVersion } from '../panels/history/focus-selected-version';
import { useStoryHistory } from '../panels/history/use-story-history';
import { useMarkOpened } from './use-mark-opened';
import { HouseStyleContext } from '../house-style/house-style-context';
import { HouseStyleCount } from '../house-style/HouseStyleCount';
import { SpellingCount } from '../spelling/SpellingCount';
import { useHouseStyle } from '../house-style/use-house-style';
import { Button } from '../ui/Button';
import type { EditorNotice } from '../editor/plugins/editor-notice';
import { useToasts } from '../ui/toasts';
import type { PanelTabId } from './panel-tabs';
import type { SaveState } from './save-throttle';
import { StatusBar } from './StatusBar';
import { ConflictNotice, PlaceNotice, SaveFailedNotice } from './StoryNotices';
import { StoryOutline } from './StoryOutline';
import { StoryPanel } from './StoryPanel';
import { StoryRail } from './StoryRail';
import { ExportPanel, ExportPreview, HistoryCompare, HistoryPanel, HouseStylePanel, PublishingPanel, ReadyChecklist, RelatedPanel } from './story-page-parts';
import { fieldElementIds } from './fields/field-ids';
import { StoryTextField } from './fields/StoryTextField';
import { LeadImageField } from './LeadImageField';
import { leadImageProblem } from './draft-fields';
import { useStoryDraft } from './use-story-draft';
import { useGoToControl } from './use-go-to-control';
import type { SharedBody } from '../newsroom/SharedBodyPlugin';
import { DeskConnection } from '../newsroom/DeskConnection';
import { useDeskStatus } from '../newsroom/use-desk-status';

/** Below this width the panel lies over the text instead of beside it, so it starts folded. */
const WIDE_WINDOW = '(min-width: 1280px)';

type LiveStatusBarProps = {
  words: LiveValue<number>;
  target: SectionSettings['targetWords'] | undefined;
  saveState: SaveState;
  saveError: string | null;
  houseStyle?: ReactNode;
  desk?: ReactNode;
};

/** The status line follows the editor's live word count without re-rendering the page on each word. */
function LiveStatusBar({ words, ...rest }: LiveStatusBarProps) {
  return <StatusBar wordCount={useLiveValue(words)} {...rest} />;
}

export function StoryPage({ id }: { id: string }) {
  const api = useApi();
  const toasts = useToasts();
  const settings = useSettings();
  const { navigate, go } = useNavigation();
  const draft = useStoryDraft(id);
  const { fields, story } = draft;
  const houseStyle = useHouseStyle(settings, fields, draft.update);
  const deskStatus = useDeskStatus();

  const headlineRef = useRef<HTMLTextAreaElement>(null);
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  const [outputs] = useState(() => createBodyEditorOutputs());
  const [editor, setEditor] = useState<LexicalEditor | null>(null);
  useEditorCommands(editor);
  const [panelTab, setPanelTab] = useState<PanelTabId | null>(() => (window.matchMedia(WIDE_WINDOW).matches ? 'bylines' : null));
  const [lastPanelTab, setLastPanelTab] = useState<PanelTabId>('bylines');
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

  // On a narrow window the panel lies over the text, so Escape folds it away before it leaves the page.
  const panelCovers = useRef(false);
  const previewShowing = useRef(false);
  const comparisonShowing = useRef(false);
  const { select: selectRevision } = history;
  useEffect(() => {
    panelCovers.current = panelTab !== null && !window.matchMedia(WIDE_WINDOW).matches;
    previewShowing.current = previewing;
    comparisonShowing.current = comparing;
  });

  // Ctrl/Cmd+E and the menu's Export…: the Export tab with the preview beside it.
  useEffect(() => {
    const openExport = () => {
      setPanelTab('export');
      setLastPanelTab('export');
      setPreviewOpen(true);
    };
    document.addEventListener(EXPORT_REQUEST_EVENT, openExport);
    return () => document.removeEventListener(EXPORT_REQUEST_EVENT, openExport);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const escape = event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey;
      const altLeft = event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (escape && comparisonShowing.current) {
        event.preventDefault();
        focusSelectedVersion();
        selectRevision(null);
      } else if (escape && previewShowing.current) {
        event.preventDefault();
        setPreviewOpen(false);
      } else if (escape && panelCovers.current) {
        event.preventDefault();
        setPanelTab(null);
      } else if (escape || altLeft) {
        event.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [back, selectRevision]);

  const openPanelTab = (tab: PanelTabId | null) => {
    setPanelTab(tab);
    if (tab !== null) setLastPanelTab(tab);
  };

  // A control on the page (not in a tab) is uncovered first: the preview closes, and so does a panel lying over the text.
  const revealPage = useCallback(() => {
    setPreviewOpen(false);
    if (panelCovers.current) setPanelTab(null);
  }, []);
  const goToControl = useGoToControl(openPanelTab, revealPage);

  // Autosave stopped: the notice with the ways out must be in sight, not under a panel or the export preview.
  const stopped = draft.stop !== null;
  useEffect(() => {
    if (stopped) revealPage();
  }, [stopped, revealPage]);

  const focusStandfirst = () => standfirstRef.current?.focus();
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
            {draft.saveState === 'failed' && draft.saveError !== null && <SaveFailedNotice message={draft.saveError} />}
          </div>
          {fields !== null && (
            <article className="story-column" aria-labelledby="story-page-title">
              <h1 id="story-page-title" className="visually-hidden">
                {fields.headline.trim() === '' ? 'Untitled story' : fields.headline}
              </h1>
              <div className="story-meta">
                <label className="meta-select">
                  <span className="visually-hidden">Section</span>
                  <select
                    className="meta-select__control meta-select__control--section"
                    value={fields.section}
                    onChange={(event) => draft.update('section', event.target.value)}
                  >
                    {sections.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="story-meta__divider" aria-hidden="true" />
                <label className="meta-select">
                  <span className="visually-hidden">Status</span>
                  <select
                    className="meta-select__control"
                    value={fields.status}
                    onChange={(event) => draft.update('status', event.target.value as WorkflowStatus)}
                  >
                    {workflowStatuses.map((status) => (
                      <option key={status} value={status}>
                        {statusLabels[status]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <StoryTextField
                id={fieldElementIds.headline}
                inputRef={headlineRef}
                className="headline-input"
                label="Headline"
                placeholder="Headline"
                scope="headline"
                singleLine
                value={fields.headline}
                onChange={(headline) => draft.update('headline', headline)}
                onEnter={focusStandfirst}
              />
              <StoryTextField
                id={fieldElementIds.standfirst}
                inputRef={standfirstRef}
                className="standfirst-input"
                label="Standfirst"
                placeholder="Standfirst: the sentence or two that makes people read on"
                scope="standfirst"
                value={fields.standfirst}
                onChange={(standfirst) => draft.update('standfirst', standfirst)}
                onEnter={focusBody}
              />
              <StoryBylineNames bylines={fields.bylines} />
              {/* The text comes before the lead image in the tab order (Tab goes headline, standfirst, text); CSS shows the image above it. */}
              <div className="story-column__body">{parts?.editable}</div>
              <LeadImageField
                key={draft.bodyGeneration}
                image={fields.leadImage}
                saved={story?.leadImage ?? null}
                onChange={(leadImage) => draft.update('leadImage', leadImage)}
                importImage={importImage}
              />
            </article>
          )}
        </div>
        {comparedRevision !== null && comparedWith !== null && (
          <Suspense fallback={null}>
            <HistoryCompare
              revision={comparedRevision}
              current={comparedWith}
              onRestore={history.restoreSelected}
              onClose={() => {
                focusSelectedVersion();
                history.select(null);
              }}
            />
          </Suspense>
        )}
        {previewing && (
          <Suspense fallback={null}>
            <ExportPreview exporter={exporter} assetBaseUrl={settings?.assetBaseUrl ?? ''} onClose={() => setPreviewOpen(false)} />
          </Suspense>
        )}
      </main>
      <StoryPanel
        openTab={panelTab}
        lastTab={lastPanelTab}
        onOpenTab={openPanelTab}
        content={{
          bylines: (
            <>
              {fields !== null && (
                <BylinesPanel
                  bylines={fields.bylines}
                  authorBio={fields.authorBio}
                  onBylinesChange={(bylines) => draft.update('bylines', bylines)}
                  onAuthorBioChange={(authorBio) => draft.update('authorBio', authorBio)}
                />
              )}
              <PullQuoteList editor={editor} pullQuotes={outputs.pullQuotes} />
            </>
          ),
          export: story !== null && (
            <ExportPanel
              exporter={exporter}
              previewOpen={previewOpen}
              onTogglePreview={() => setPreviewOpen((open) => !open)}
              checklist={
                <ReadyChecklist story={{ ...story, ...fields, slug: fields?.slug ?? story.slug }} storyId={story.id} revision={story.revision} onGoTo={goToControl} />
              }
              unsaved={
                fields !== null && leadImageProblem(fields.leadImage) !== null
                  ? [`The lead image on the page has no alt text, so it is not saved and the export ${story.leadImage === null ? 'has no lead image' : 'shows the one saved before'}.`]
                  : []
              }
            />
          ),
          publishing: fields !== null && story !== null && settings !== null && (
            <PublishingPanel story={story} fields={fields} settings={settings} update={draft.update} />
          ),
          'house-style': <HouseStylePanel session={houseStyle} editor={editor} pullQuotes={outputs.pullQuotes} />,
          history: <HistoryPanel history={history} storyRevision={story?.revision ?? null} />,
          related: fields !== null && story !== null && (
            <RelatedPanel
              storyId={story.id}
              revision={story.revision}
              tags={fields.tags}
              related={fields.related}
              onTagsChange={(tags) => draft.update('tags', tags)}
              onRelatedChange={(related) => draft.update('related', related)}
            />
          ),
        }}
      />
      <LiveStatusBar
        desk={<DeskConnection status={deskStatus} />}
        words={outputs.words}
        target={target}
        saveState={draft.saveState}
        saveError={draft.saveError}
        houseStyle={
          houseStyle === null ? undefined : (
            <>
              <HouseStyleCount session={houseStyle} onOpen={() => openPanelTab('house-style')} />
              {houseStyle.spelling !== null && <SpellingCount spelling={houseStyle.spelling} onOpen={() => openPanelTab('house-style')} />}
            </>
          )
        }
      />
      {leaveQuestion(
        'Leave without saving?',
        draft.stop === 'conflict'
          ? 'This story was changed elsewhere, and your latest changes are not saved. Stay to keep them as a copy.'
          : `Your latest changes could not be saved${draft.saveError ? `: ${draft.saveError}` : '.'} If you leave now, they are lost.`,
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
