import { Icon } from '../ui/Icon';

/** Covers the library while files are dragged over it. */
export function ImportDropTarget() {
  return (
    <div className="library-drop" aria-hidden="true">
      <div className="library-drop__target">
        <Icon name="import" size={28} />
        <p className="library-drop__title">Drop to import as a new story</p>
        <p className="library-drop__hint">A Word document (.docx) or a web page (.html)</p>
      </div>
    </div>
  );
}
