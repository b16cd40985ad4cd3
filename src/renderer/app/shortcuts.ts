import { isMac, shortcutLabel } from '../ui/keyboard';

export type ShortcutGroup = { title: string; shortcuts: Array<{ keys: string; action: string }> };

const alt = isMac ? '⌥' : 'Alt+';

/** The help sheet's content; the menus show the same keys. */
export const shortcutGroups: ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: shortcutLabel('N'), action: 'New story' },
      { keys: shortcutLabel('/'), action: 'Show keyboard shortcuts' },
      { keys: shortcutLabel(','), action: 'Settings' },
    ],
  },
  {
    title: 'Library',
    shortcuts: [
      { keys: `${shortcutLabel('F')}  or  /`, action: 'Search' },
      { keys: shortcutLabel('O'), action: 'Import a Word document or web page as a new story' },
      { keys: 'Esc', action: 'Clear the search' },
      { keys: '↑  ↓', action: 'Move between stories' },
      { keys: 'Enter', action: 'Open the story' },
      { keys: 'Space', action: 'Tick the story for a batch export' },
      { keys: shortcutLabel('D'), action: 'Duplicate' },
      { keys: isMac ? '⌫' : 'Delete', action: 'Move to trash (in Trash: delete for good)' },
      { keys: isMac ? 'Ctrl+Click' : 'Shift+F10', action: 'More actions for the story' },
    ],
  },
  {
    title: 'Story',
    shortcuts: [
      { keys: `Esc  or  ${alt}←`, action: 'Back to the library' },
      { keys: 'Enter', action: 'From the headline to the standfirst, and on to the text' },
      { keys: shortcutLabel('E'), action: 'Export: the preview, copy and save' },
    ],
  },
  {
    title: 'Writing',
    shortcuts: [
      { keys: `${shortcutLabel('B')}  ${shortcutLabel('I')}`, action: 'Bold, italic' },
      { keys: shortcutLabel('K'), action: 'Add or edit a link' },
      { keys: `${shortcutLabel('Z')}  ${shortcutLabel('Z', { shift: true })}`, action: 'Undo, redo (undo right after a typographic fix brings back what you typed)' },
      { keys: `${shortcutLabel(`${alt}2`)}  ${shortcutLabel(`${alt}3`)}  ${shortcutLabel(`${alt}0`)}`, action: 'Subheading, minor subheading, paragraph' },
      { keys: `${shortcutLabel('8', { shift: true })}  ${shortcutLabel('7', { shift: true })}`, action: 'Bulleted list, numbered list' },
      { keys: '## or ###, then space', action: 'Subheading as you type' },
      { keys: '> then space', action: 'Block quote' },
      { keys: '- or 1. then space', action: 'List' },
      { keys: '*** then space', action: 'Horizontal rule' },
      { keys: '-- or a spaced hyphen', action: 'Em dash (—), closed up' },
    ],
  },
];
