import { FakeBotApi } from './telegram-api';

/**
 * The fake Bot API in a process of its own, for the benchmark: Telegram's side of the work
 * (parsing, checking and answering requests) then does not run on the bot's thread, as in
 * production. The parent receives `{ apiRoot, token }` over IPC and sends 'close' to end it.
 */
const fake = await FakeBotApi.start(undefined, { record: false });
process.send?.({ apiRoot: fake.apiRoot, token: fake.token });
process.on('message', (message) => {
  if (message === 'close') void fake.close().then(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
