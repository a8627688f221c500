import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { choiceText, commandText, isListed, optionText, type Command, type CommandOption } from '../../core/command';
import type { Language } from '../../core/language';
import { say } from '../../core/phrases';

/** The one chat-input command every feature lives under: `/alash <subcommand>`. */
export const COMMAND_NAME = 'alash';

/**
 * Discord locales the command is translated into, by our language: Discord shows a user whose
 * client is in Russian the Russian names and descriptions. Discord has no Kazakh locale.
 */
export const DISCORD_LOCALES: Partial<Record<Language, string>> = { ru: 'ru' };

/** Discord's `*_localizations` map for one text: the translation per locale, left out where it equals the English. */
function localised(english: string, translate: (lang: Language) => string): { [locale: string]: string } | undefined {
  const out: { [locale: string]: string } = {};
  for (const [lang, locale] of Object.entries(DISCORD_LOCALES) as [Language, string][]) {
    const text = translate(lang);
    if (text && text !== english) out[locale] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** `name_localizations` and `description_localizations`, each only when there is a translation. */
function localisations(english: { name: string; description: string }, translate: (lang: Language) => { name: string; description: string }) {
  const names = localised(english.name, (l) => translate(l).name);
  const descriptions = localised(english.description, (l) => translate(l).description);
  return { ...(names ? { name_localizations: names } : {}), ...(descriptions ? { description_localizations: descriptions } : {}) };
}

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
      ...localisations(c, (lang) => commandText(c, lang)),
      // Discord requires required options before optional ones.
      options: [...c.options]
        .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)))
        .slice(0, MAX_OPTIONS)
        .map((o) => option(c, o)),
    }));
  const description = say('ui.label.alash');
  const descriptions = localised(description, (lang) => say('ui.label.alash', {}, lang));
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description,
    ...(descriptions ? { description_localizations: descriptions } : {}),
    options: subcommands,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

/** Every command this bot registers. */
export function commandList(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
  return [alashCommand(commands)];
}

function option(c: Command, o: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, ...localisations(o, (lang) => optionText(c, o, lang)), required: Boolean(o.required) };
  const choices = o.choices?.slice(0, MAX_OPTIONS).map((choice) => {
    const names = localised(choice.name, (lang) => choiceText(c, o, choice, lang).slice(0, 100));
    return { ...choice, ...(names ? { name_localizations: names } : {}) };
  });
  if (o.type === 'integer') {
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(choices?.length
        ? { choices: choices.map((ch) => ({ name: ch.name.slice(0, 100), ...pick(ch), value: Number(ch.value) })) }
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
      ? { choices: choices.map((ch) => ({ name: ch.name.slice(0, 100), ...pick(ch), value: String(ch.value).slice(0, 100) })) }
      : { ...(o.autocomplete ? { autocomplete: true } : {}) }),
    ...(o.min !== undefined ? { min_length: Math.max(0, o.min) } : {}),
    ...(o.max !== undefined ? { max_length: Math.max(1, o.max) } : {}),
  } as APIApplicationCommandBasicOption;
}

function pick(choice: { name_localizations?: { [locale: string]: string } }) {
  return choice.name_localizations ? { name_localizations: choice.name_localizations } : {};
}
