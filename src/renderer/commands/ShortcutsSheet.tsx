import { useRef } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { helpSheetGroups } from './help-sheet';
import { isMac } from '../ui/keyboard';

/** Generated from the command list, so it lists what the keys really do. */
const shortcutGroups = helpSheetGroups(isMac);

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={onClose}
      initialFocusRef={closeRef}
      actions={
        <Button ref={closeRef} onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="shortcuts">
        {shortcutGroups.map((group) => (
          <section key={group.title} className="shortcuts__group">
            <h3 className="shortcuts__title">{group.title}</h3>
            <dl className="shortcuts__list">
              {group.shortcuts.map((s) => (
                <div key={s.action} className="shortcuts__item">
                  <dt>{s.action}</dt>
                  <dd>
                    <kbd>{s.keys}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
