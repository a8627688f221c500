import 'dotenv/config';
import { readConfigOrExit, startUp } from '../../start';
import { flushed, runTerminal } from './terminal';

/**
 * `npm run chat [-- --json]`: the terminal chat on its own. Interactive on a terminal; with
 * piped input, each line is one message and the process exits at the end of input.
 */
const json = process.argv.includes('--json');
// A reader that goes away (`| head -1`) ends the chat quietly.
process.stdout.on('error', () => process.exit(0));
const config = readConfigOrExit();
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
// stdout to a pipe is asynchronous: exit only once every answer was handed over.
await flushed(process.stdout);
process.exit(0);
