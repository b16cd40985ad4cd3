import type { CommandFacts } from '../../shared/commands/command-list';

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at += 1;
  return at === needle.length;
}

/** How well one typed word fits a command; 0 when it does not. */
function wordScore(word: string, command: CommandFacts): number {
  const title = command.title.toLowerCase();
  if (title.split(/[^a-z0-9]+/).some((part) => part.startsWith(word))) return 4;
  if (title.includes(word)) return 3;
  const extras = [command.group, ...(command.aliases ?? [])].map((text) => text.toLowerCase());
  if (extras.some((text) => text.split(/\s+/).some((part) => part.startsWith(word)))) return 2;
  return isSubsequence(word, title) ? 1 : 0;
}

/**
 * The commands that fit what was typed, best first: every word must start a
 * word of the title, appear in it, start its group or another name for it,
 * or at worst appear in order in the title ("nst" finds New story).
 */
export function filterCommands<C extends CommandFacts>(commands: readonly C[], query: string): C[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const scored: Array<{ command: C; score: number; order: number }> = [];
  commands.forEach((command, order) => {
    let score = 0;
    for (const word of words) {
      const fit = wordScore(word, command);
      if (fit === 0) return;
      score += fit;
    }
    scored.push({ command, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.command);
}
