import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { isListed, type Command, type CommandOption } from '../../core/command';

/** The one chat-input command every feature lives under: `/alash <subcommand>`. */
export const COMMAND_NAME = 'alash';
const COMMAND_DESCRIPTION = 'Ask about the Alash movement (1917-1920): people, dates, events, terms';

/** Discord allows 25 options (here: subcommands) per command and 25 choices per option. */
const MAX_OPTIONS = 25;

/**
 * The `/alash` command as Discord's API wants it, with one subcommand per visible command in
 * commands/: a new command file shows up here without any adapter change.
 */
export function alashCommand(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody[number] {
  const subcommands: APIApplicationCommandSubcommandOption[] = commands
    .filter((c) => isListed(c, 'discord'))
    .slice(0, MAX_OPTIONS)
    .map((c) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: c.name,
      description: c.description,
      // Discord requires required options before optional ones.
      options: [...c.options].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required))).slice(0, MAX_OPTIONS).map(option),
    }));
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: COMMAND_DESCRIPTION,
    options: subcommands,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/** Every command this bot registers. */
export function commandList(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
  return [alashCommand(commands)];
}

function option(o: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: Boolean(o.required) };
  const choices = o.choices?.slice(0, MAX_OPTIONS);
  if (o.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(choices?.length
        ? { choices: choices.map((c) => ({ name: c.name.slice(0, 100), value: Number(c.value) })) }
        : { ...(o.autocomplete ? { autocomplete: true } : {}) }),
      ...(o.min !== undefined ? { min_value: o.min } : {}),
      ...(o.max !== undefined ? { max_value: o.max } : {}),
    } as APIApplicationCommandBasicOption;
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    // Discord forbids choices and autocomplete together; fixed choices win.
    ...(choices?.length
      ? { choices: choices.map((c) => ({ name: c.name.slice(0, 100), value: String(c.value).slice(0, 100) })) }
      : { ...(o.autocomplete ? { autocomplete: true } : {}) }),
    ...(o.min !== undefined ? { min_length: Math.max(0, o.min) } : {}),
    ...(o.max !== undefined ? { max_length: Math.max(1, o.max) } : {}),
  } as APIApplicationCommandBasicOption;
}
