import { readyToPublish, type ReadyItem, type ReadyItemId, type ReadyStory } from '../../shared/export/ready-to-publish';
import { useSettings } from '../app/settings-context';
import { useStoryCards } from '../panels/related/use-story-cards';
import { controlIds, relatedLinkControlId } from '../story/control-ids';
import type { ControlTarget } from '../story/use-go-to-control';
import { Icon } from '../ui/Icon';

type ReadyChecklistProps = {
  /** The story as on screen: saved fields with the unsaved edits on top. */
  story: ReadyStory;
  storyId: string;
  revision: number;
  onGoTo: (target: ControlTarget) => void;
};

/** Where each item is fixed: the Publishing tab's inputs, the lead image on the page, the bylines tab's bio. */
const targets: Record<Exclude<ReadyItemId, 'related'>, ControlTarget> = {
  'publish-date': { tab: 'publishing', elementId: controlIds.publishDate },
  slug: { tab: 'publishing', elementId: controlIds.slug },
  'lead-image': { elementId: controlIds.leadImageAdd },
  'lead-image-alt': { elementId: controlIds.leadImageAlt },
  bio: { tab: 'bylines', elementId: controlIds.authorBio },
};

function targetOf(item: ReadyItem): ControlTarget {
  if (item.id !== 'related') return targets[item.id];
  return relatedTarget(item.links[0]?.index ?? 0);
}

function relatedTarget(index: number): ControlTarget {
  return { tab: 'related', elementId: relatedLinkControlId(index) };
}

/**
 * "Ready to publish": what the website needs of the story, each item met or
 * not, before the preview. An item not met is a button to the control that
 * fixes it (a related story, to its entry in the Related tab).
 */
export function ReadyChecklist({ story, storyId, revision, onGoTo }: ReadyChecklistProps) {
  const settings = useSettings();
  const cards = useStoryCards(storyId, revision);
  const waiting = settings === null || (!cards.loaded && story.related.some((link) => link.kind === 'story'));
  const checklist = waiting ? null : readyToPublish(story, settings.bioTemplate, cards.cardOf);

  return (
    <section className="ready-list" aria-labelledby="ready-list-title" aria-busy={checklist === null}>
      <div className="ready-list__header">
        <h3 id="ready-list-title" className="export-panel__label">
          Ready to publish
        </h3>
        {checklist !== null && (
          <span className={`ready-list__summary${checklist.ready ? ' is-ready' : ''}`}>
            {checklist.met} of {checklist.items.length} ready
          </span>
        )}
      </div>
      {checklist === null ? (
        <p className="export-panel__note">Checking…</p>
      ) : (
        <>
          <div className="ready-list__meter" aria-hidden="true">
            <span style={{ width: `${(100 * checklist.met) / checklist.items.length}%` }} />
          </div>
          <ul className="ready-list__items" aria-labelledby="ready-list-title">
            {checklist.items.map((item) => (
              <ReadyEntry key={item.id} item={item} onGoTo={onGoTo} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReadyEntry({ item, onGoTo }: { item: ReadyItem; onGoTo: (target: ControlTarget) => void }) {
  const tone = item.met ? 'met' : item.level === 'advised' ? 'advised' : 'unmet';
  const status = { met: 'Done', advised: 'Advised', unmet: 'To do' }[tone];
  const body = (
    <>
      <span className="ready-item__mark" aria-hidden="true">
        {item.met ? <Icon name="check" size={14} /> : item.level === 'advised' ? <Icon name="warning" size={14} /> : null}
      </span>
      <span className="ready-item__text">
        <span className="ready-item__label">
          <span className="visually-hidden">{status}: </span>
          {item.label}
        </span>
        <span className="ready-item__detail">{item.detail}</span>
      </span>
    </>
  );
  if (item.met) {
    return (
      <li className="ready-item is-met">
        <div className="ready-item__row">{body}</div>
      </li>
    );
  }
  return (
    <li className={`ready-item is-${tone}`}>
      <button type="button" className="ready-item__row ready-item__fix" onClick={() => onGoTo(targetOf(item))}>
        {body}
        <span className="ready-item__go" aria-hidden="true">
          Fix
        </span>
      </button>
      {item.links.length > 0 && (
        <ul className="ready-item__links" aria-label="Related stories not live or not ready">
          {item.links.map((link) => (
            <li key={link.index}>
              <button type="button" className="ready-item__link" onClick={() => onGoTo(relatedTarget(link.index))}>
                {link.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
