import 'dotenv/config';
import { readConfig } from '../../config';
import { startUp } from '../../start';
import { runTerminal } from './terminal';

/**
 * `npm run chat [-- --json]`: the terminal chat on its own. Interactive on a terminal; with
 * piped input, each line is one message and the process exits at the end of input.
 */
const json = process.argv.includes('--json');
const config = readConfig();
const { core, log } = await startUp(config, { quiet: true });
await runTerminal(core, {
  input: process.stdin,
  output: process.stdout,
  json,
  interactive: Boolean(process.stdin.isTTY) && !json,
  banner: 'Alash history bot: ask about the Alash movement (type /help, or "exit" to leave).',
});
await core.quiz.close();
log.flush?.();
process.exit(0);
