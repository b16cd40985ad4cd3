import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { matchesCommand } from '../../commands/command-match';
import { OPEN_LINK_DIALOG_COMMAND } from '../editor-commands';
import { normaliseLinkUrl } from './link-url';

type LinkTarget = {
  /** The link's current address, when the selection is in a link. */
  url: string | null;
  /** Nothing is selected, so the link needs words of its own. */
  needsText: boolean;
  selection: BaseSelection;
};

/**
 * Add, edit or remove a link (Ctrl/Cmd+K or the toolbar) in an accessible
 * dialog. Only http, https and mailto addresses are accepted.
 */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [target, setTarget] = useState<LinkTarget | null>(null);

  useEffect(() => {
    const open = () => {
      const next = editor.getEditorState().read((): LinkTarget | null => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
        return { url: link?.getURL() ?? null, needsText: selection.isCollapsed() && link === null, selection: selection.clone() };
      });
      if (next !== null) setTarget(next);
      return next !== null;
    };
    return mergeRegister(
      editor.registerCommand(OPEN_LINK_DIALOG_COMMAND, open, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesCommand('insert-link', event)) return false;
          event.preventDefault();
          return open();
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor]);

  if (target === null) return null;

  const close = (apply?: (selection: BaseSelection) => void) => {
    setTarget(null);
    editor.update(() => {
      $setSelection(target.selection.clone());
      apply?.(target.selection);
    });
    editor.focus();
  };

  return createPortal(
    <LinkDialog
      target={target}
      onCancel={() => close()}
      onRemove={() => close(() => $toggleLink(null))}
      onSave={(url, text) =>
        close(() => {
          if (!target.needsText) {
            $toggleLink(url);
            return;
          }
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.insertNodes([$createLinkNode(url).append($createTextNode(text))]);
        })
      }
    />,
    document.body,
  );
}

type LinkDialogProps = {
  target: LinkTarget;
  onSave: (url: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
};

function LinkDialog({ target, onSave, onRemove, onCancel }: LinkDialogProps) {
  const [url, setUrl] = useState(target.url ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normaliseLinkUrl(url);
    if (!result.ok) {
      setError(result.message);
      urlRef.current?.focus();
      return;
    }
    onSave(result.url, text.trim() === '' ? result.url.replace(/^mailto:/, '') : text.trim());
  };

  return (
    <Dialog
      title={target.url === null ? 'Add link' : 'Edit link'}
      onClose={onCancel}
      initialFocusRef={urlRef}
      actions={
        <>
          {target.url !== null && (
            <Button variant="quiet" className="dialog__leading-action" onClick={onRemove}>
              Remove link
            </Button>
          )}
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId}>
            {target.url === null ? 'Add link' : 'Save'}
          </Button>
        </>
      }
    >
      <form id={formId} className="form-stack" onSubmit={submit} noValidate>
        <label className="form-field">
          <span className="form-field__label">Address</span>
          <input
            ref={urlRef}
            className="form-field__input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://www.example.org or name@example.org"
            value={url}
            aria-invalid={error !== null}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(event) => {
              setUrl(event.target.value);
              setError(null);
            }}
          />
          {error !== null && (
            <span id={errorId} className="form-field__error" role="alert">
              {error}
            </span>
          )}
        </label>
        {target.needsText && (
          <label className="form-field">
            <span className="form-field__label">Link text</span>
            <input className="form-field__input" type="text" value={text} placeholder="The words to show" onChange={(event) => setText(event.target.value)} />
          </label>
        )}
      </form>
    </Dialog>
  );
}
