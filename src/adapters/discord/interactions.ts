import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { CommandArgs } from '../../core/command';
import type { Core } from '../../core/core';
import type { Logger } from '../../core/log';
import { languageOfLocale } from '../../core/language';
import { say } from '../../core/phrases';
import { apology, errorReply, type Reply } from '../../core/reply';
import { interactionContext } from './context';
import { LIMITS, cut, readButton, renderReply } from './render';
import { COMMAND_NAME } from './slash';
import { loggable } from './errors';

const NO_MENTIONS = { parse: [] as [], repliedUser: false };
/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;
/** The adapter's own short replies, in the language of the user's Discord client (English otherwise). */
const expired = (i: Interaction) => note('ui.label.expired', i);
const stale = (i: Interaction) => note('ui.label.staleCommand', i);
const failed = (i: Interaction) => errorReply(apology(languageOfLocale(i.locale)), languageOfLocale(i.locale));

function note(key: string, interaction: Interaction): Reply {
  const lang = languageOfLocale(interaction.locale);
  return errorReply(say(key, {}, lang), lang);
}

export interface InteractionSettings {
  /** Defer when the answer is not ready after this many milliseconds (see DiscordOptions.deferAfterMs). */
  deferAfterMs: number;
}

/**
 * Answers slash commands, autocomplete and button clicks. Every interaction is acknowledged
 * within Discord's 3-second window: answered directly when the core answers within
 * `deferAfterMs`, otherwise deferred at once and the answer edited in when it is ready.
 */
export function handleInteractions(core: Core, settings: InteractionSettings, log: Logger) {
  return async (interaction: Interaction): Promise<void> => {
    // The adapter's one error boundary for interactions: whatever failed (our handler, Discord
    // refusing, the network) is logged safely once, and the user told once where still possible.
    try {
      if (interaction.isAutocomplete()) return await autocomplete(core, interaction, log);
      if (interaction.isChatInputCommand()) return await slash(core, interaction, settings, log);
      if (interaction.isButton()) return await button(core, interaction, settings, log);
    } catch (error) {
      log.warn({ err: loggable(error), interaction: interaction.id, type: interaction.type }, 'interaction failed');
      await apologise(interaction);
    }
  };
}

async function autocomplete(core: Core, interaction: AutocompleteInteraction, log: Logger): Promise<void> {
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    // Autocomplete cannot be deferred: answer from the index, which is synchronous and fast.
    choices = core
      .complete(String(focused.value ?? ''), MAX_CHOICES)
      .slice(0, MAX_CHOICES)
      .map((c) => ({ name: cut(c.name, LIMITS.choice), value: c.value.slice(0, LIMITS.choice) }))
      .filter((c) => c.name && c.value);
  } catch (error) {
    log.warn({ err: loggable(error) }, 'autocomplete failed');
  }
  await interaction.respond(choices);
}

async function slash(core: Core, interaction: ChatInputCommandInteraction, settings: InteractionSettings, log: Logger): Promise<void> {
  // A command this version no longer registers (commands not yet redeployed): say so.
  if (interaction.commandName !== COMMAND_NAME) return void (await interaction.reply(message(stale(interaction))));
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const args: CommandArgs = {};
  for (const o of interaction.options.data[0]?.options ?? []) {
    if (typeof o.value === 'string' || typeof o.value === 'number') args[o.name] = o.value;
  }
  const context = interactionContext(interaction);
  await answer(interaction, () => core.runCommand(sub, args, context), settings, log);
}

async function button(core: Core, interaction: ButtonInteraction, settings: InteractionSettings, log: Logger): Promise<void> {
  const action = readButton(interaction.customId);
  const context = interactionContext(interaction);
  if (!action) return void (await interaction.reply(message(expired(interaction))));
  if (action.type === 'ask') {
    await answer(interaction, async () => (await core.handleText(action.request, context)) ?? expired(interaction), settings, log);
    return;
  }
  await answer(
    interaction,
    async () => {
      const outcome = await core.quiz.answer({
        platform: 'discord',
        chatId: interaction.channelId,
        questionId: action.questionId,
        user: context.user,
        option: action.option,
      });
      return outcome.status === 'unknown' ? expired(interaction) : { kind: 'quiz', body: outcome.message, entries: [], ephemeral: true };
    },
    settings,
    log,
    true,
  );
}

/**
 * Replies with the core's answer, deferring first when it is slow. A deferral is public unless
 * `privately`; an answer that turns out to be ephemeral after a public deferral replaces the
 * "thinking..." message with an ephemeral follow-up, so errors are never shown to everyone.
 */
async function answer(
  interaction: RepliableInteraction,
  work: () => Promise<Reply>,
  settings: InteractionSettings,
  log: Logger,
  privately = false,
): Promise<void> {
  const pending = work().catch((error: unknown) => {
    log.error({ err: loggable(error), interaction: interaction.id }, 'answer failed');
    return failed(interaction);
  });
  let timer: NodeJS.Timeout | undefined;
  const quick = await Promise.race([
    pending,
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), settings.deferAfterMs))),
  ]);
  clearTimeout(timer);
  if (quick) return void (await interaction.reply(message(quick)));

  await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await pending;
  const body = message(reply);
  const ephemeral = Boolean((body.flags as number | undefined) ?? 0);
  if (ephemeral && !privately) {
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(body);
    return;
  }
  const { flags: _flags, ...edit } = body;
  await interaction.editReply(edit);
}

/** One short apology for an interaction that failed, if it can still be answered; never throws. */
async function apologise(interaction: Interaction): Promise<void> {
  try {
    if (!interaction.isRepliable()) return;
    const body = { content: failed(interaction).body, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
    if (interaction.deferred || interaction.replied) await interaction.followUp(body);
    else await interaction.reply(body);
  } catch {
    // Discord is failing or the interaction expired: the log has it.
  }
}

function message(reply: Reply): InteractionReplyOptions & { flags?: number } {
  const rendered = renderReply(reply);
  return {
    // Already in the API's shape: wrapped as JSON-encodable, discord.js sends them as they are.
    embeds: rendered.embeds.map(encoded),
    components: rendered.components.map(encoded),
    allowedMentions: NO_MENTIONS,
    ...(rendered.flags ? { flags: rendered.flags } : {}),
    ...(rendered.files ? { files: rendered.files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })) } : {}),
  };
}

function encoded<T>(json: T): { toJSON(): T } {
  return { toJSON: () => json };
}
