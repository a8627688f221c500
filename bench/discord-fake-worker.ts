import { parentPort } from 'node:worker_threads';
import { FakeDiscord } from '../test/fakes/discord';

/**
 * The bench's Discord: the fake runs in its own thread, as Discord runs on its own machines,
 * so the client being measured has the main thread to itself. It drives the load too:
 * `inFlight` slash interactions outstanding, the next dispatched as each callback arrives.
 */

type Command = { type: 'run'; n: number; inFlight: number; subcommand: string; names: string[] } | { type: 'close' };

const port = parentPort!;
const fake = await FakeDiscord.start({ record: false });
port.postMessage({ type: 'started', apiBase: fake.apiBase, token: fake.token });

port.on('message', (command: Command) => {
  if (command.type === 'close') {
    void fake.close().then(() => port.postMessage({ type: 'closed' }));
    return;
  }
  const { n, inFlight, subcommand, names } = command;
  let sent = 0;
  let done = 0;
  let failed = 0;
  const pending = new Set<string>();
  const began = performance.now();
  const send = () => {
    while (sent < n && pending.size < inFlight) {
      const name = names[sent % names.length];
      pending.add(fake.slash({ subcommand, options: name ? [{ name: 'name', type: 3, value: name }] : [] }).id);
      sent++;
    }
  };
  const listener = (r: { path: string; method: string; status: number }) => {
    if (r.method !== 'POST' || !r.path.endsWith('/callback')) return;
    if (!pending.delete(r.path.split('/')[2]!)) return;
    if (r.status >= 300) failed++;
    if (++done === n) {
      fake.onRequest.delete(listener);
      port.postMessage({ type: 'done', ms: performance.now() - began, failed });
    } else send();
  };
  fake.onRequest.add(listener);
  send();
});
