import type { CommandId } from '../../shared/commands/command-list';
import type { BlockType } from './block-format';

/** The commands that turn the selected blocks into another kind of block. */
export const blockCommands = {
  'block-h2': 'h2',
  'block-h3': 'h3',
  'block-paragraph': 'paragraph',
  'block-quote': 'quote',
  'block-bullet': 'bullet',
  'block-number': 'number',
} as const satisfies Partial<Record<CommandId, BlockType>>;

export type BlockCommandId = keyof typeof blockCommands;
