import type { KeyChord } from './key-chord';

/** Where a command's keys work: anywhere in the app, on one screen, or in the story's text. */
export type CommandScope = 'app' | 'library' | 'story' | 'editor';

/** The headings of the shortcut help sheet and the command palette, in this order. */
export const commandGroups = ['Anywhere', 'Library', 'Story', 'Writing'] as const;
export type CommandGroup = (typeof commandGroups)[number];

export type MenuName = 'file' | 'view' | 'help';

export type CommandFacts = {
  id: string;
  /** Sentence case, as the palette and the help sheet show it. */
  title: string;
  group: CommandGroup;
  scope: CommandScope;
  /** Every chord that runs it; the first is the one menus and tooltips show. */
  keys: readonly KeyChord[];
  /** A note the help sheet adds to the title. */
  detail?: string;
  /** Words the palette also matches ("find" finds Search). */
  aliases?: readonly string[];
  /** Its place in the application menu, with the menu's Title Case label. */
  menu?: { name: MenuName; label: string };
};

const primary = (key: string, extra: Omit<KeyChord, 'key' | 'primary'> = {}): KeyChord => ({ key, primary: true, ...extra });

/**
 * Every command in the app, once: the keyboard, the application menu, the
 * toolbars, the command palette and the shortcut help sheet all read this.
 * The renderer binds what each one runs (src/renderer/commands).
 */
export const commandList = [
  { id: 'new-story', title: 'New story', group: 'Anywhere', scope: 'app', keys: [primary('N')], aliases: ['create', 'draft'], menu: { name: 'file', label: 'New Story' } },
  { id: 'show-library', title: 'Go to the library', group: 'Anywhere', scope: 'app', keys: [primary('L', { shift: true })], aliases: ['stories', 'list'], menu: { name: 'file', label: 'Library' } },
  { id: 'show-authors', title: 'Go to the authors', group: 'Anywhere', scope: 'app', keys: [], aliases: ['bylines', 'contributors'] },
  { id: 'show-settings', title: 'Settings', group: 'Anywhere', scope: 'app', keys: [primary(',')], aliases: ['preferences', 'options'] },
  { id: 'command-palette', title: 'Show all commands', group: 'Anywhere', scope: 'app', keys: [primary('P', { shift: true })], aliases: ['palette'], menu: { name: 'view', label: 'Command Palette…' } },
  { id: 'show-shortcuts', title: 'Show keyboard shortcuts', group: 'Anywhere', scope: 'app', keys: [primary('/')], aliases: ['help', 'keys'], menu: { name: 'help', label: 'Keyboard Shortcuts' } },

  { id: 'search-library', title: 'Search the library', group: 'Library', scope: 'library', keys: [primary('F'), { key: '/' }], aliases: ['find'] },
  { id: 'import-story', title: 'Import a Word document or web page as a new story', group: 'Library', scope: 'library', keys: [primary('O')], aliases: ['docx', 'html', 'open'] },

  { id: 'export', title: 'Export: the preview, copy and save', group: 'Story', scope: 'app', keys: [primary('E')], aliases: ['publish', 'html'], menu: { name: 'file', label: 'Export…' } },

  { id: 'format-bold', title: 'Bold', group: 'Writing', scope: 'editor', keys: [primary('B')] },
  { id: 'format-italic', title: 'Italic', group: 'Writing', scope: 'editor', keys: [primary('I')] },
  { id: 'insert-link', title: 'Add or edit a link', group: 'Writing', scope: 'editor', keys: [primary('K')], aliases: ['url', 'hyperlink'] },
  { id: 'undo', title: 'Undo', detail: 'right after a typographic fix, it brings back what you typed', group: 'Writing', scope: 'editor', keys: [primary('Z')] },
  { id: 'redo', title: 'Redo', group: 'Writing', scope: 'editor', keys: [primary('Z', { shift: true })] },
  { id: 'block-h2', title: 'Subheading', group: 'Writing', scope: 'editor', keys: [primary('2', { alt: true, code: 'Digit2' })], aliases: ['heading', 'h2'] },
  { id: 'block-h3', title: 'Minor subheading', group: 'Writing', scope: 'editor', keys: [primary('3', { alt: true, code: 'Digit3' })], aliases: ['heading', 'h3'] },
  { id: 'block-paragraph', title: 'Paragraph', group: 'Writing', scope: 'editor', keys: [primary('0', { alt: true, code: 'Digit0' })], aliases: ['body text'] },
  { id: 'block-bullet', title: 'Bulleted list', group: 'Writing', scope: 'editor', keys: [primary('8', { shift: true, code: 'Digit8' })], aliases: ['list'] },
  { id: 'block-number', title: 'Numbered list', group: 'Writing', scope: 'editor', keys: [primary('7', { shift: true, code: 'Digit7' })], aliases: ['list', 'ordered'] },
  { id: 'block-quote', title: 'Block quote', group: 'Writing', scope: 'editor', keys: [], aliases: ['quotation'] },
  { id: 'insert-pull-quote', title: 'Pull-quote from selection', group: 'Writing', scope: 'editor', keys: [], aliases: ['quote'] },
  { id: 'insert-image', title: 'Insert image…', group: 'Writing', scope: 'editor', keys: [], aliases: ['picture', 'photo'] },
  { id: 'insert-footnote', title: 'Footnote', detail: 'numbered for you; click its number to edit the note', group: 'Writing', scope: 'editor', keys: [primary('F', { alt: true, code: 'KeyF' })], aliases: ['note', 'reference', 'citation'] },
  { id: 'insert-rule', title: 'Horizontal rule', group: 'Writing', scope: 'editor', keys: [], aliases: ['divider', 'line'] },
  { id: 'toggle-end-mark', title: 'End mark', group: 'Writing', scope: 'editor', keys: [], aliases: ['ending'] },
] as const satisfies readonly CommandFacts[];

export type CommandId = (typeof commandList)[number]['id'];
export const commandIds = commandList.map((command) => command.id) as readonly CommandId[];

const byId = new Map<string, CommandFacts>(commandList.map((command) => [command.id, command]));

export function commandFacts(id: CommandId): CommandFacts {
  return byId.get(id)!;
}

/** Keys heard by one control rather than page-wide: the help sheet lists them with the commands. */
export const duplicateStoryKey: KeyChord = primary('D');
export const backToLibraryKeys: readonly KeyChord[] = [{ key: 'Escape' }, { key: 'ArrowLeft', alt: true }];

/**
 * Keys that work inside one control rather than running a command (moving
 * through the list, shortcuts as you type): the help sheet lists them beside
 * the commands. Text is written per platform where the platforms differ.
 */
export type KeyHint = { group: CommandGroup; title: string; keys: readonly KeyChord[] | string | { mac: string; other: string } };

export const keyHints: readonly KeyHint[] = [
  { group: 'Library', title: 'Clear the search', keys: [{ key: 'Escape' }] },
  { group: 'Library', title: 'Move between stories', keys: '↑  ↓' },
  { group: 'Library', title: 'Open the story', keys: [{ key: 'Enter' }] },
  { group: 'Library', title: 'Tick the story for a batch export', keys: [{ key: 'Space' }] },
  { group: 'Library', title: 'Duplicate', keys: [duplicateStoryKey] },
  { group: 'Library', title: 'Move to trash (in Trash: delete for good)', keys: { mac: '⌫', other: 'Delete' } },
  { group: 'Library', title: 'More actions for the story', keys: { mac: 'Ctrl+Click', other: 'Shift+F10' } },
  { group: 'Story', title: 'Back to the library', keys: backToLibraryKeys },
  { group: 'Story', title: 'From the headline to the standfirst, and on to the text', keys: [{ key: 'Enter' }] },
  { group: 'Writing', title: 'Subheading as you type', keys: '## or ###, then space' },
  { group: 'Writing', title: 'Block quote', keys: '> then space' },
  { group: 'Writing', title: 'List', keys: '- or 1. then space' },
  { group: 'Writing', title: 'Horizontal rule', keys: '*** then space' },
  { group: 'Writing', title: 'Em dash (—), closed up', keys: '-- or a spaced hyphen' },
];
