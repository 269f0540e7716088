import type { Command } from '../../app/commands.js';

/** Commands under one heading, in the order the palette shows them. */
export interface CommandGroup {
  group: string;
  commands: Command[];
}

function words(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * How well `text` matches every query word, each found after the previous one; null when one
 * is missing. Lower is better: words starting a word of the text beat words inside one, and
 * earlier matches beat later ones.
 */
function matchCost(text: string, query: readonly string[]): number | null {
  const haystack = text.toLocaleLowerCase();
  let from = 0;
  let cost = 0;
  for (const word of query) {
    const at = haystack.indexOf(word, from);
    if (at === -1) return null;
    const atWordStart = at === 0 || /[\s\p{P}]/u.test(haystack.charAt(at - 1));
    cost += (atWordStart ? 0 : 10) + at / 100;
    from = at + word.length;
  }
  return cost;
}

/** A title match ranks above a match that needs the keywords. */
function commandCost(command: Command, query: readonly string[]): number | null {
  const title = matchCost(command.title, query);
  if (title !== null) return title;
  const all = matchCost([command.title, ...(command.keywords ?? [])].join(' '), query);
  return all === null ? null : all + 100;
}

/**
 * The commands matching `query` (every word, in order, in the title then keywords), best first,
 * gathered under their headings; headings come in the order of their best command. An empty
 * query lists everything in contribution order.
 */
export function filterCommands(commands: readonly Command[], query: string): CommandGroup[] {
  const wanted = words(query);
  const ranked = commands
    .map((command, index) => ({ command, index, cost: commandCost(command, wanted) }))
    .filter(
      (entry): entry is { command: Command; index: number; cost: number } => entry.cost !== null,
    )
    .sort((a, b) => a.cost - b.cost || a.index - b.index);
  const groups = new Map<string, Command[]>();
  for (const { command } of ranked) {
    const list = groups.get(command.group);
    if (list === undefined) groups.set(command.group, [command]);
    else list.push(command);
  }
  return [...groups].map(([group, list]) => ({ group, commands: list }));
}
