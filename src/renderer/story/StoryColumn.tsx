import { useRef, type ReactNode, type RefObject } from 'react';
import type { LeadImage } from '../../shared/story/story-schema';
import { statusLabels, workflowStatuses } from '../../shared/story/story-constants';
import type { ImportImage } from '../images/ImageFileInput';
import { StoryBylineNames } from '../panels/bylines/StoryBylineNames';
import type { DraftFields } from './draft-fields';
import { fieldElementIds } from './fields/field-ids';
import { StoryTextField } from './fields/StoryTextField';
import { LeadImageField } from './LeadImageField';
import type { StoryDraft } from './use-story-draft';

type StoryColumnProps = {
  fields: DraftFields;
  update: StoryDraft['update'];
  /** The sections to choose from, the story's own among them. */
  sections: string[];
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  /** The body editor's editable part. */
  body: ReactNode;
  /** Enter in the standfirst goes on to the text. */
  onStandfirstEnter: () => void;
  /** The lead image as stored. */
  savedLeadImage: LeadImage | null;
  /** Changes when the stored story replaces what is on screen: the lead image field starts again on it. */
  bodyGeneration: number;
  importImage: ImportImage;
};

/** One of the story's meta choices (section, status): a select whose label is read out, not shown. */
function MetaSelect<V extends string>({ label, modifier, value, options, onChange }: {
  label: string;
  modifier?: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <label className="meta-select">
      <span className="visually-hidden">{label}</span>
      <select
        className={`meta-select__control${modifier === undefined ? '' : ` meta-select__control--${modifier}`}`}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The story itself, as it reads: section and status, headline, standfirst, bylines, the text and its lead image. */
export function StoryColumn({ fields, update, sections, headlineRef, body, onStandfirstEnter, savedLeadImage, bodyGeneration, importImage }: StoryColumnProps) {
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  return (
    <article className="story-column" aria-labelledby="story-page-title">
      <h1 id="story-page-title" className="visually-hidden">
        {fields.headline.trim() === '' ? 'Untitled story' : fields.headline}
      </h1>
      <div className="story-meta">
        <MetaSelect
          label="Section"
          modifier="section"
          value={fields.section}
          options={sections.map((name) => ({ value: name, label: name }))}
          onChange={(section) => update('section', section)}
        />
        <span className="story-meta__divider" aria-hidden="true" />
        <MetaSelect
          label="Status"
          value={fields.status}
          options={workflowStatuses.map((status) => ({ value: status, label: statusLabels[status] }))}
          onChange={(status) => update('status', status)}
        />
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
        onChange={(headline) => update('headline', headline)}
        onEnter={() => standfirstRef.current?.focus()}
      />
      <StoryTextField
        id={fieldElementIds.standfirst}
        inputRef={standfirstRef}
        className="standfirst-input"
        label="Standfirst"
        placeholder="Standfirst: the sentence or two that makes people read on"
        scope="standfirst"
        value={fields.standfirst}
        onChange={(standfirst) => update('standfirst', standfirst)}
        onEnter={onStandfirstEnter}
      />
      <StoryBylineNames bylines={fields.bylines} />
      {/* The text comes before the lead image in the tab order (Tab goes headline, standfirst, text); CSS shows the image above it. */}
      <div className="story-column__body">{body}</div>
      <LeadImageField
        key={bodyGeneration}
        image={fields.leadImage}
        saved={savedLeadImage}
        onChange={(leadImage) => update('leadImage', leadImage)}
        importImage={importImage}
      />
    </article>
  );
}
