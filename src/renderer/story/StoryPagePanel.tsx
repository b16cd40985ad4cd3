import type { LexicalEditor } from 'lexical';
import type { Settings } from '../../shared/settings/settings-schema';
import type { BodyEditorOutputs } from '../editor/editor-outputs';
import type { StoryExport } from '../export/use-story-export';
import type { HouseStyleSession } from '../house-style/house-style-session';
import { BylinesPanel } from '../panels/bylines/BylinesPanel';
import type { StoryHistory } from '../panels/history/use-story-history';
import { PullQuoteList } from '../panels/pull-quotes/PullQuoteList';
import { leadImageProblem, type DraftFields, type ShownStory } from './draft-fields';
import type { PanelTabId } from './panel-tabs';
import { ExportPanel, HistoryPanel, HouseStylePanel, PublishingPanel, ReadyChecklist, RelatedPanel } from './story-page-parts';
import { StoryPanel } from './StoryPanel';
import type { ControlTarget } from './use-go-to-control';
import type { StoryDraft } from './use-story-draft';

type StoryPagePanelProps = {
  openTab: PanelTabId | null;
  lastTab: PanelTabId;
  onOpenTab: (tab: PanelTabId | null) => void;
  story: ShownStory | null;
  fields: DraftFields | null;
  update: StoryDraft['update'];
  /** Null until the body editor is ready. */
  editor: LexicalEditor | null;
  outputs: BodyEditorOutputs;
  exporter: StoryExport;
  previewOpen: boolean;
  onTogglePreview: () => void;
  /** Where the export checklist's "fix it" jumps. */
  goToControl: (target: ControlTarget) => void;
  settings: Settings | null;
  houseStyle: HouseStyleSession | null;
  history: StoryHistory;
};

/** The story page's panel and what each of its tabs shows (all but the bylines load the first time they are shown). */
export function StoryPagePanel(props: StoryPagePanelProps) {
  const { story, fields, update, editor, outputs, exporter, settings, history } = props;
  return (
    <StoryPanel
      openTab={props.openTab}
      lastTab={props.lastTab}
      onOpenTab={props.onOpenTab}
      content={{
        bylines: (
          <>
            {fields !== null && (
              <BylinesPanel
                bylines={fields.bylines}
                authorBio={fields.authorBio}
                onBylinesChange={(bylines) => update('bylines', bylines)}
                onAuthorBioChange={(authorBio) => update('authorBio', authorBio)}
              />
            )}
            <PullQuoteList editor={editor} pullQuotes={outputs.pullQuotes} />
          </>
        ),
        export: story !== null && (
          <ExportPanel
            exporter={exporter}
            previewOpen={props.previewOpen}
            onTogglePreview={props.onTogglePreview}
            checklist={
              <ReadyChecklist story={{ ...story, ...fields, slug: fields?.slug ?? story.slug }} storyId={story.id} revision={story.revision} onGoTo={props.goToControl} />
            }
            unsaved={
              fields !== null && leadImageProblem(fields.leadImage) !== null
                ? [`The lead image on the page has no alt text, so it is not saved and the export ${story.leadImage === null ? 'has no lead image' : 'shows the one saved before'}.`]
                : []
            }
          />
        ),
        publishing: fields !== null && story !== null && settings !== null && (
          <PublishingPanel story={story} fields={fields} settings={settings} update={update} />
        ),
        'house-style': <HouseStylePanel session={props.houseStyle} editor={editor} pullQuotes={outputs.pullQuotes} />,
        history: <HistoryPanel history={history} storyRevision={story?.revision ?? null} />,
        related: fields !== null && story !== null && (
          <RelatedPanel
            storyId={story.id}
            revision={story.revision}
            tags={fields.tags}
            related={fields.related}
            onTagsChange={(tags) => update('tags', tags)}
            onRelatedChange={(related) => update('related', related)}
          />
        ),
      }}
    />
  );
}
