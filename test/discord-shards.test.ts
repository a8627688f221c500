import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordShards } from '../src/adapters/discord/index';
import { silentLogger } from '../src/core/log';
import { FakeDiscord, shardOf, type FakeGuild } from './fakes/discord';
import { KNOWLEDGE_DIR } from './fakes/discord-core';

/**
 * Two shards, each its own process under discord.js's ShardingManager, against one fake
 * Discord: each identifies with its shard id and answers in the guild it owns. Slow by nature
 * (two processes start), so it lives in its own file.
 */

let fake: FakeDiscord;
let shards: Awaited<ReturnType<typeof startDiscordShards>> | undefined;
let guilds: FakeGuild[];
const dataDir = mkdtempSync(join(tmpdir(), 'alash-shards-'));

beforeAll(async () => {
  fake = await FakeDiscord.start({ guilds: 0, shards: 2 });
  const at = Date.now() - 10_000;
  // Snowflake timestamps of different parity land on different shards of two.
  guilds = [fake.addGuild('Even', at - (at % 2)), fake.addGuild('Odd', at - (at % 2) + 1)];
  // Each shard process runs the real shard.ts and reads these, as it would from .env.
  process.env.LOG_LEVEL = 'warn';
  process.env.KNOWLEDGE_DIR = KNOWLEDGE_DIR;
  process.env.DATA_DIR = dataDir;
  shards = await startDiscordShards(
    { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, shards: 'auto', messageContent: false, groupReplies: 'dates' },
    silentLogger(),
    { spawnDelay: 0, readyTimeout: 60_000 },
  );
}, 90_000);

afterAll(async () => {
  await shards?.stop();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sharding', () => {
  it('asks GET /gateway/bot for the count, and each shard identifies with its own id', () => {
    expect(shards!.manager.totalShards).toBe(2);
    const identified = fake.gateway.filter((p) => p.op === 2).map((p) => p.d.shard);
    expect(identified).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    expect(guilds.map((g) => shardOf(g.id, 2)).sort()).toEqual([0, 1]);
  });

  it('answers in both guilds, each through the shard that owns it', async () => {
    const asked = guilds.map((guild) => fake.slash({ guild, subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Dulatov' }] }));
    for (const { id } of asked) {
      const { data } = await fake.waitForAnswer(id, 20_000);
      expect(data.embeds[0].title).toBe('Mirzhakip Dulatov');
    }
  });

  it('respawns a shard whose process died, and it answers again', async () => {
    const shard = shards!.manager.shards.get(1)!;
    const before = fake.gateway.filter((p) => p.op === 2 && p.d.shard[0] === 1).length;
    shard.process!.kill('SIGKILL');
    await fake.waitFor(() => (fake.gateway.filter((p) => p.op === 2 && p.d.shard[0] === 1).length > before ? true : undefined), 60_000, 'shard 1 to identify again');
    const odd = guilds.find((g) => shardOf(g.id, 2) === 1)!;
    const { id } = fake.slash({ guild: odd, subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Baitursynov' }] });
    expect((await fake.waitForAnswer(id, 30_000)).data.embeds[0].title).toBe('Akhmet Baitursynov');
  }, 90_000);
});
