/**
 * Reads a chat message: is it a command (`/alash who X`, `/who X`, `/who@AlashBot X`, or
 * `who X` when addressed to the bot) or free text for the question reader?
 */
export type Request =
  | { type: 'command'; name: string; text: string }
  | { type: 'free'; text: string };

/**
 * @param words maps every command name and alias to its command's name
 * @param addressed whether the message was addressed to the bot; only then does a bare
 *   command word without a slash (`help`, `who Dulatov`) count as a command
 */
export function readRequest(text: string, words: ReadonlyMap<string, string>, addressed: boolean): Request {
  const trimmed = text.trim();
  const slash = trimmed.startsWith('/') || trimmed.startsWith('!');
  let rest = slash ? trimmed.slice(1) : trimmed;
  // `/alash who X` and `alash who X`: the prefix names the bot, what follows is the command.
  const prefix = /^alash(?:@\w+)?(?:\s+|$)/i.exec(rest);
  if (prefix && (slash || words.has(firstWord(rest.slice(prefix[0].length))))) {
    rest = rest.slice(prefix[0].length);
    if (rest.trim() === '') return { type: 'command', name: words.get('help') ?? 'help', text: '' };
    return command(rest, words) ?? { type: 'free', text: rest.trim() };
  }
  if (slash) return command(rest, words) ?? { type: 'command', name: firstWord(rest), text: afterFirstWord(rest) };
  if (addressed) {
    const c = command(rest, words);
    // A bare command word only counts when nothing but its argument follows; "what happened
    // on 26 August 1920?" reads better as a question than as `what` + "happened on ...".
    if (c && (c.text === '' || /^(who|what|when|search|quiz|leaderboard|help|start)$/i.test(firstWord(rest)))) return c;
  }
  return { type: 'free', text: trimmed };
}

function command(text: string, words: ReadonlyMap<string, string>): Request | null {
  const word = firstWord(text);
  const name = words.get(word);
  return name ? { type: 'command', name, text: afterFirstWord(text) } : null;
}

/** The first word, lowercased, without a `@BotName` suffix. */
function firstWord(text: string): string {
  const w = text.trim().split(/\s+/, 1)[0] ?? '';
  return w.replace(/@\w*$/, '').toLowerCase();
}

function afterFirstWord(text: string): string {
  const t = text.trim();
  const i = t.search(/\s/);
  return i < 0 ? '' : t.slice(i + 1).trim();
}
