import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon';
import { backToLibraryKeys } from '../../shared/commands/command-list';
import { ariaKeys, chordsTitle } from '../commands/command-labels';

/** The slim left column: the way back, and the outline by subheadings. */
export function StoryRail({ onBack, outline }: { onBack: () => void; outline?: ReactNode }) {
  return (
    <nav className="story-rail" aria-label="Story navigation">
      <button
        type="button"
        className="rail-back"
        onClick={onBack}
        title={`Back to the library (${chordsTitle(backToLibraryKeys)})`}
        aria-keyshortcuts={ariaKeys(backToLibraryKeys)}
      >
        <Icon name="back" size={16} />
        <span className="rail-back__label">Library</span>
      </button>
      <section className="rail-outline" aria-labelledby="rail-outline-title">
        <h2 id="rail-outline-title" className="rail-heading">
          Outline
        </h2>
        {outline ?? <p className="rail-note">Subheadings in the body are listed here.</p>}
      </section>
    </nav>
  );
}
