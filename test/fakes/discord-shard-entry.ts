import { runShard } from '../../src/adapters/discord/shard';
import { createCore } from '../../src/core/create';
import { FIXTURE_KNOWLEDGE } from './discord-core';

/** The shard script the sharding test spawns: the real runShard, over the fixture knowledge. */
await runShard((config) => createCore({ knowledgeDir: FIXTURE_KNOWLEDGE, groupReplies: config.groupReplies }));
