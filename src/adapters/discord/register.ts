import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { isListed, type Command } from '../../core/command';
import { loadCommands } from '../../core/commands';
import { readConfig } from '../../config';
import { restOptions } from './client';
import { oneLine } from '../../core/errors';
import { maskSecrets } from '../../core/log';
import { typedError } from './errors';
import { commandList } from './slash';

export interface Registration {
  /** `guild <id>` or `global`. */
  scope: string;
  names: string[];
}

/**
 * Deploys the /alash command, as the discord.js guide's deploy script does: a bulk overwrite
 * (PUT) to one server when `guildId` is given (instant; for development), globally otherwise.
 * Without an application id, it is read from GET /applications/@me.
 */
export async function registerCommands(
  options: { token: string; applicationId?: string; guildId?: string; apiBase?: string },
  commands: readonly Command[],
): Promise<Registration> {
  const rest = new REST(restOptions(options.apiBase)).setToken(options.token);
  const applicationId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = commandList(commands);
  const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: options.guildId ? `guild ${options.guildId}` : 'global', names: saved.map((c) => c.name) };
}

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.discord) throw new Error('Set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) to register the commands.');
  const commands = await loadCommands();
  const done = await registerCommands(config.discord, commands);
  const subs = commands.filter((c) => isListed(c, 'discord')).map((c) => c.name);
  console.log(`Registered /${done.names.join(', /')} (${done.scope}) with subcommands: ${subs.join(', ')}.`);
  if (done.scope === 'global') console.log('Global commands can take up to an hour to appear in every server.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // One line saying which part failed and why (typed by origin), tokens masked.
    console.error(maskSecrets(oneLine(typedError(error)), [process.env.DISCORD_TOKEN]));
    process.exit(1);
  });
}
