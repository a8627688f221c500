import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import type { Context } from '../../core/chat';

/**
 * The core's view of an interaction: channel, user, and whether the user may manage the server
 * (Manage Server, asked only by commands that require it; in a DM the user is alone with the bot).
 */
export function interactionContext(interaction: Interaction): Context {
  const guildId = interaction.guildId ?? undefined;
  return {
    chat: {
      platform: 'discord',
      id: interaction.channelId ?? interaction.user.id,
      kind: guildId ? 'group' : 'private',
      ...(guildId ? { guildId } : {}),
      ...(interaction.guildLocale ? { locale: interaction.guildLocale } : {}),
    },
    // The user's client language and the server's preferred one are hints for the reply's language.
    user: { id: interaction.user.id, name: displayName(interaction), ...(interaction.locale ? { locale: interaction.locale } : {}) },
    addressed: true,
    isAdmin: async () => (guildId ? Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) : true),
  };
}

export function messageContext(message: Message, addressed: boolean): Context {
  const guildId = message.guildId ?? undefined;
  return {
    chat: {
      platform: 'discord',
      id: message.channelId,
      kind: guildId ? 'group' : 'private',
      ...(guildId ? { guildId } : {}),
      // A message carries no user locale; the server's preferred one is the hint.
      ...(message.guild?.preferredLocale ? { locale: message.guild.preferredLocale } : {}),
    },
    user: { id: message.author.id, name: message.member?.displayName ?? message.author.displayName },
    addressed,
    isAdmin: async () => (guildId ? canManage(message) : true),
  };
}

function displayName(interaction: Interaction): string {
  const member = interaction.member;
  if (member && 'displayName' in member) return member.displayName;
  if (member && 'nick' in member && member.nick) return member.nick;
  return interaction.user.displayName;
}

function canManage(message: Message): boolean {
  try {
    return message.member ? message.member.permissions.has(PermissionFlagsBits.ManageGuild) : false;
  } catch {
    return false; // the guild's roles are not cached: unknown, so not granted
  }
}
