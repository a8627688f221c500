import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../src/adapters/discord/register';
import { loadCommands } from '../src/core/commands';
import { FakeDiscord } from './fakes/discord';

/** `npm run register` against the fake: a bulk PUT to one server, or globally. */

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('registering the /alash command', () => {
  it('PUTs to the guild route when a guild id is set, with the bot token', async () => {
    const guildId = fake.guilds[0]!.id;
    const done = await registerCommands({ token: fake.token, applicationId: fake.applicationId, guildId, apiBase: fake.apiBase }, await loadCommands());
    expect(done).toEqual({ scope: `guild ${guildId}`, names: ['alash'] });
    const put = fake.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${guildId}/commands`)!;
    expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toHaveLength(1);
    expect(put.body[0].options.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['who', 'when', 'what', 'search', 'help']));
  });

  it('PUTs globally without a guild id, reading the application id from the API when not given', async () => {
    const done = await registerCommands({ token: fake.token, apiBase: fake.apiBase }, await loadCommands());
    expect(done.scope).toBe('global');
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/applications/@me')).toBe(true);
    expect(fake.commands.get('global')?.[0]?.name).toBe('alash');
  });

  it('runs as `npm run register` from the environment', async () => {
    const guildId = fake.guilds[0]!.id;
    const env = { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_BASE: fake.apiBase };
    const before = fake.requests.length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register.ts'], { cwd: ROOT, env, timeout: 30_000 });
    expect(stdout).toMatch(new RegExp(`Registered /alash \\(guild ${guildId}\\) with subcommands: who`));
    expect(fake.requests.slice(before).filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${guildId}/commands`]);
  });

  it('fails with a clear message and no request when DISCORD_TOKEN is missing', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DISCORD_API_BASE: fake.apiBase };
    const before = fake.requests.length;
    const error = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register.ts'], { cwd: ROOT, env, timeout: 30_000 }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/Set DISCORD_TOKEN/);
    expect(fake.requests.length).toBe(before);
  });
});
