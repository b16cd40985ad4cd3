import { generatedAuthorBio } from '../../../shared/story/author-bio';
import { LIMITS } from '../../../shared/story/story-constants';
import type { Author, Byline } from '../../../shared/story/story-schema';
import { useSettings } from '../../app/settings-context';
import { AuthorPicker } from './AuthorPicker';
import { BioLine } from './BioLine';
import { BylineList } from './BylineList';

/** The settings' default bio template, until the settings have loaded. */
const DEFAULT_BIO_TEMPLATE = '{name} is {role} of {organisation}.';

type BylinesPanelProps = {
  bylines: readonly Byline[];
  authorBio: string | null;
  onBylinesChange: (bylines: Byline[]) => void;
  onAuthorBioChange: (authorBio: string | null) => void;
};

/** The bylines half of the "Bylines & pull-quotes" tab: who wrote it, in order, and the bio line. */
export function BylinesPanel({ bylines, authorBio, onBylinesChange, onAuthorBioChange }: BylinesPanelProps) {
  const template = useSettings()?.bioTemplate ?? DEFAULT_BIO_TEMPLATE;

  // A new byline starts with the directory's role and organisation, copied into the story.
  const add = (author: Author) =>
    onBylinesChange([
      ...bylines,
      { authorId: author.id, name: author.name, role: author.role, organisation: author.organisation },
    ]);

  return (
    <div className="bylines-panel">
      <section className="bylines" aria-labelledby="bylines-title">
        <h3 id="bylines-title" className="panel-section__title">
          Bylines {bylines.length > 0 && <span className="panel-section__count">{bylines.length}</span>}
        </h3>
        <BylineList bylines={bylines} onChange={onBylinesChange} />
        <AuthorPicker
          excludeIds={bylines.map((byline) => byline.authorId)}
          onPick={add}
          disabled={bylines.length >= LIMITS.bylines}
        />
      </section>
      <BioLine generated={generatedAuthorBio(bylines, template)} authorBio={authorBio} onChange={onAuthorBioChange} />
    </div>
  );
}
