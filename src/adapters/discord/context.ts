import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import type { Context } from '../../core/chat';

/** The core's view of an interaction: channel, user, and whether the user may manage the server. */
export function interactionContext(interaction: Interaction): Context {
  const guildId = interaction.guildId ?? undefined;
  return {
    chat: { platform: 'discord', id: interaction.channelId ?? interaction.user.id, kind: guildId ? 'group' : 'private', ...(guildId ? { guildId } : {}) },
    user: {
      id: interaction.user.id,
      name: displayName(interaction),
      // Manage Server on Discord; in a DM the user is alone with the bot.
      isAdmin: guildId ? Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) : true,
    },
    addressed: true,
  };
}

export function messageContext(message: Message, addressed: boolean): Context {
  const guildId = message.guildId ?? undefined;
  return {
    chat: { platform: 'discord', id: message.channelId, kind: guildId ? 'group' : 'private', ...(guildId ? { guildId } : {}) },
    user: {
      id: message.author.id,
      name: message.member?.displayName ?? message.author.displayName,
      isAdmin: guildId ? canManage(message) : true,
    },
    addressed,
  };
}

function displayName(interaction: Interaction): string {
  const member = interaction.member;
  if (member && 'displayName' in member) return member.displayName;
  if (member && 'nick' in member && member.nick) return member.nick;
  return interaction.user.displayName;
}

function canManage(message: Message): boolean | undefined {
  try {
    return message.member ? message.member.permissions.has(PermissionFlagsBits.ManageGuild) : undefined;
  } catch {
    return undefined; // the guild's roles are not cached: unknown, so not granted
  }
}
