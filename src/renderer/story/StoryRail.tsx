import { Icon } from '../ui/Icon';
import { isMac } from '../ui/keyboard';

/** The slim left column: the way back, and (with the body editor) the outline by subheadings. */
export function StoryRail({ onBack }: { onBack: () => void }) {
  return (
    <nav className="story-rail" aria-label="Story navigation">
      <button
        type="button"
        className="rail-back"
        onClick={onBack}
        title={`Back to the library (Esc or ${isMac ? '⌥←' : 'Alt+←'})`}
        aria-keyshortcuts="Escape Alt+ArrowLeft"
      >
        <Icon name="back" size={16} />
        <span className="rail-back__label">Library</span>
      </button>
      <section className="rail-outline" aria-labelledby="rail-outline-title">
        <h2 id="rail-outline-title" className="rail-heading">
          Outline
        </h2>
        <p className="rail-note">Subheadings in the body will be listed here.</p>
      </section>
    </nav>
  );
}
