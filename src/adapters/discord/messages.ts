import type { Client, Message } from 'discord.js';
import type { GroupReplies } from '../../core/chat';
import type { Core } from '../../core/core';
import type { Logger } from '../../core/log';
import { languageOfLocale } from '../../core/language';
import { apology } from '../../core/reply';
import { messageContext } from './context';
import { renderReply } from './render';
import { loggable } from './errors';

export interface MessageSettings {
  /** The Message Content intent is on, so unaddressed guild messages carry their text. */
  messageContent: boolean;
  groupReplies: GroupReplies;
}

/**
 * Answers messages that mention the bot, reply to it, or come by DM. Unaddressed guild messages
 * are passed on (the core answers only date or name questions among them) only when the
 * Message Content intent is on and GROUP_REPLIES is not `off`: without the intent Discord blanks
 * their text, and the bot works through /alash and mentions alone.
 */
export function handleMessages(core: Core, client: Client, settings: MessageSettings, log: Logger) {
  return async (message: Message): Promise<void> => {
    if (message.author.bot || message.system || message.webhookId) return;
    const me = client.user?.id;
    if (!me) return;
    const direct = !message.inGuild();
    const mentioned = message.mentions.users.has(me) && new RegExp(`<@!?${me}>`).test(message.content);
    const repliedTo = message.mentions.repliedUser?.id === me;
    const addressed = direct || mentioned || repliedTo;
    if (!addressed && (!settings.messageContent || settings.groupReplies === 'off')) return;

    const text = message.content.replace(new RegExp(`<@!?${me}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
    if (!text && !addressed) return;
    try {
      const reply = await core.handleText(text, messageContext(message, addressed));
      if (!reply) return;
      const { embeds, components, files } = renderReply(reply);
      await message.reply({
        embeds,
        components,
        ...(files ? { files: files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })) } : {}),
        allowedMentions: { parse: [], repliedUser: false },
        failIfNotExists: false,
      });
    } catch (error) {
      // The adapter's one error boundary for messages: logged safely, and one short apology.
      log.warn({ err: loggable(error), message: message.id, channel: message.channelId }, 'message answer failed');
      if (addressed)
        await message
        .reply({ content: apology(languageOfLocale(message.guild?.preferredLocale)), allowedMentions: { parse: [], repliedUser: false }, failIfNotExists: false })
        .catch(() => undefined);
    }
  };
}
