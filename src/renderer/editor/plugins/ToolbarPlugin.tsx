import { $isLinkNode } from '@lexical/link';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import { commandFacts, type CommandId } from '../../../shared/commands/command-list';
import { commandShortcut } from '../../commands/command-labels';
import { $selectedBlockType, setBlockType, type BlockType } from '../block-format';
import {
  CREATE_PULL_QUOTE_COMMAND,
  OPEN_IMAGE_PICKER_COMMAND,
  OPEN_LINK_DIALOG_COMMAND,
  TOGGLE_END_MARK_COMMAND,
} from '../editor-commands';
import { EndMarkEditorNode } from '../../../nodes/end-mark/editor/EndMarkEditorNode';
import { INSERT_FOOTNOTE_COMMAND } from '../../../nodes/footnote/editor/footnote-commands';

type SelectionState = {
  block: BlockType | null;
  bold: boolean;
  italic: boolean;
  link: boolean;
  /** Words are selected (a pull-quote can be made). */
  hasText: boolean;
};

const EMPTY: SelectionState = { block: 'paragraph', bold: false, italic: false, link: false, hasText: false };

function sameState(a: SelectionState, b: SelectionState): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.link === b.link && a.hasText === b.hasText;
}

function $readSelectionState(): SelectionState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { ...EMPTY, block: null };
  return {
    block: $selectedBlockType(),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
    hasText: !selection.isCollapsed(),
  };
}

/** The shortcut, then what to type at the start of a line for the same block. */
const orTyped = (id: CommandId, typed: string) => [commandShortcut(id), typed].filter(Boolean).join('  or  ');

const blockButtons: Array<{ type: BlockType; command: CommandId; icon?: IconName; text?: string; keys: string }> = [
  { type: 'h2', command: 'block-h2', text: 'H2', keys: orTyped('block-h2', '## ') },
  { type: 'h3', command: 'block-h3', text: 'H3', keys: orTyped('block-h3', '### ') },
  { type: 'quote', command: 'block-quote', icon: 'quote', keys: orTyped('block-quote', '> ') },
  { type: 'bullet', command: 'block-bullet', icon: 'listBullet', keys: orTyped('block-bullet', '- ') },
  { type: 'number', command: 'block-number', icon: 'listNumber', keys: orTyped('block-number', '1. ') },
];

/** A toolbar button's name and shortcut, from the command it runs. */
const commandButton = (id: CommandId) => ({ label: commandFacts(id).title, keys: commandShortcut(id) || undefined });

type ToolbarButtonProps = {
  label: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  children: ReactNode;
};

/** Keeps the editor's selection: the button acts on it without taking focus from the text. */
function ToolbarButton({ label, keys, pressed, disabled, onPress, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      title={keys === undefined ? label : `${label} (${keys.trim()})`}
      disabled={disabled}
      tabIndex={-1}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/**
 * The formatting toolbar: shows what the selection is (heading level, bold
 * …) and acts on it. One tab stop, arrow keys between buttons (the WAI-ARIA
 * toolbar pattern).
 */
export function ToolbarPlugin({ canInsertImages }: { canInsertImages: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<SelectionState>(EMPTY);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [hasEndMark, setHasEndMark] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  useEffect(() => {
    const endMarks = new Set<string>();
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readSelectionState);
        setState((current) => (sameState(current, next) ? current : next));
      }),
      editor.registerCommand(CAN_UNDO_COMMAND, (payload) => (setCanUndo(payload), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (payload) => (setCanRedo(payload), false), COMMAND_PRIORITY_LOW),
      editor.registerMutationListener(EndMarkEditorNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') endMarks.delete(key);
          else endMarks.add(key);
        }
        setHasEndMark(endMarks.size > 0);
      }),
    );
  }, [editor]);

  // Roving tab stop: only one button is in the tab order.
  useEffect(() => {
    const buttons = toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    buttons.forEach((button, index) => (button.tabIndex = index === focusIndex ? 0 : -1));
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    const all = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    setFocusIndex(all.indexOf(buttons[next]!));
    buttons[next]!.focus();
  };

  const send = <T,>(command: LexicalCommand<T>, payload: T) => () => {
    editor.dispatchCommand(command, payload);
  };

  return (
    <div
      ref={toolbarRef}
      className="editor-toolbar"
      role="toolbar"
      aria-label="Formatting"
      aria-controls="story-body"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const all = [...(toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const index = event.target instanceof HTMLButtonElement ? all.indexOf(event.target) : -1;
        if (index >= 0) setFocusIndex(index);
      }}
    >
      <div className="editor-toolbar__group">
        {blockButtons.map((button) => (
          <ToolbarButton
            key={button.type}
            label={commandFacts(button.command).title}
            keys={button.keys}
            pressed={state.block === button.type}
            disabled={state.block === null}
            onPress={() => setBlockType(editor, button.type)}
          >
            {button.icon !== undefined ? <Icon name={button.icon} /> : <span className="toolbar-button__text">{button.text}</span>}
          </ToolbarButton>
        ))}
      </div>
      <div className="editor-toolbar__group">
        <ToolbarButton {...commandButton('format-bold')} pressed={state.bold} disabled={state.block === null} onPress={send(FORMAT_TEXT_COMMAND, 'bold')}>
          <span className="toolbar-button__text toolbar-button__text--bold">B</span>
        </ToolbarButton>
        <ToolbarButton {...commandButton('format-italic')} pressed={state.italic} disabled={state.block === null} onPress={send(FORMAT_TEXT_COMMAND, 'italic')}>
          <span className="toolbar-button__text toolbar-button__text--italic">I</span>
        </ToolbarButton>
        <ToolbarButton label={state.link ? 'Edit link' : 'Link'} keys={commandShortcut('insert-link')} pressed={state.link} disabled={state.block === null} onPress={send(OPEN_LINK_DIALOG_COMMAND, undefined)}>
          <Icon name="link" />
        </ToolbarButton>
      </div>
      <div className="editor-toolbar__group">
        <ToolbarButton {...commandButton('insert-pull-quote')} disabled={!state.hasText} onPress={send(CREATE_PULL_QUOTE_COMMAND, undefined)}>
          <Icon name="pullQuote" />
        </ToolbarButton>
        <ToolbarButton {...commandButton('insert-footnote')} disabled={state.block === null} onPress={send(INSERT_FOOTNOTE_COMMAND, undefined)}>
          <span className="toolbar-button__text">¹</span>
        </ToolbarButton>
        {canInsertImages && (
          <ToolbarButton {...commandButton('insert-image')} onPress={send(OPEN_IMAGE_PICKER_COMMAND, undefined)}>
            <Icon name="image" />
          </ToolbarButton>
        )}
        <ToolbarButton label={commandFacts('insert-rule').title} keys="***" disabled={state.block === null} onPress={send(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}>
          <Icon name="rule" />
        </ToolbarButton>
        <ToolbarButton {...commandButton('toggle-end-mark')} pressed={hasEndMark} onPress={send(TOGGLE_END_MARK_COMMAND, undefined)}>
          <span className="toolbar-button__text">//</span>
        </ToolbarButton>
      </div>
      <div className="editor-toolbar__group editor-toolbar__group--end">
        <ToolbarButton {...commandButton('undo')} disabled={!canUndo} onPress={send(UNDO_COMMAND, undefined)}>
          <Icon name="undo" />
        </ToolbarButton>
        <ToolbarButton {...commandButton('redo')} disabled={!canRedo} onPress={send(REDO_COMMAND, undefined)}>
          <Icon name="redo" />
        </ToolbarButton>
      </div>
    </div>
  );
}
