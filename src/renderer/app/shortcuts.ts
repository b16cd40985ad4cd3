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
    ],
  },
  {
    title: 'Library',
    shortcuts: [
      { keys: `${shortcutLabel('F')}  or  /`, action: 'Search' },
      { keys: 'Esc', action: 'Clear the search' },
      { keys: '↑  ↓', action: 'Move between stories' },
      { keys: 'Enter', action: 'Open the story' },
      { keys: shortcutLabel('D'), action: 'Duplicate' },
      { keys: isMac ? '⌫' : 'Delete', action: 'Move to trash (in Trash: delete for good)' },
      { keys: isMac ? 'Ctrl+Click' : 'Shift+F10', action: 'More actions for the story' },
    ],
  },
  {
    title: 'Story',
    shortcuts: [
      { keys: `Esc  or  ${alt}←`, action: 'Back to the library' },
      { keys: 'Enter', action: 'From the headline to the standfirst' },
    ],
  },
];
