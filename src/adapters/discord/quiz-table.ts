import { DiscordAPIError, Routes, ShardClientUtil, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { ChatClosedError } from '../../core/posting';
import type { ChatRef } from '../../core/chat';
import type { QuizTable } from '../../core/quiz/contract';
import type { QuizQuestionView, Reply } from '../../core/reply';
import { renderQuestion, renderReply, type RenderedMessage } from './render';

/**
 * The core's way to post unprompted on Discord (the quiz and the daily post share it). The quiz engine's view of Discord: questions are messages with one button per option, the
 * reveal and summaries are plain embeds. Goes through REST by channel id, so it works in DMs
 * (whose channels may not be cached) and in any shard's process.
 */
export class DiscordQuizTable implements QuizTable {
  /** @param shard this process's shards, when sharded: it resumes only their servers' rounds */
  constructor(
    private readonly rest: REST,
    private readonly shard?: { ids: number[]; count: number },
  ) {}

  serves(chat: ChatRef): boolean {
    if (!this.shard) return true;
    // Discord routes a server to shard (id >> 22) % count, and DMs to shard 0.
    const owner = chat.guildId ? ShardClientUtil.shardIdForGuildId(chat.guildId, this.shard.count) : 0;
    return this.shard.ids.includes(owner);
  }

  async ask(chat: ChatRef, question: QuizQuestionView): Promise<{ ref: string }> {
    const message = (await this.rest.post(Routes.channelMessages(chat.id), { body: body(renderQuestion(question)) })) as { id: string };
    return { ref: message.id };
  }

  async post(chat: ChatRef, reply: Reply): Promise<void> {
    const rendered = renderReply({ ...reply, ephemeral: false });
    const files = rendered.files ?? [];
    try {
      await this.rest.post(Routes.channelMessages(chat.id), {
        body: { ...body(rendered), ...(files.length ? { attachments: files.map((f, id) => ({ id, filename: f.name, description: f.description })) } : {}) },
        ...(files.length ? { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: 'image/png' })) } : {}),
      });
    } catch (error) {
      if (error instanceof DiscordAPIError && CLOSED_CODES.has(Number(error.code))) throw new ChatClosedError(chat, `${error.code} ${error.message}`);
      throw error;
    }
  }

  async close(chat: ChatRef, question: QuizQuestionView, ref: string): Promise<void> {
    const { components } = renderQuestion(question, true);
    await this.rest.patch(Routes.channelMessage(chat.id, ref), { body: { components } });
  }
}

/**
 * Discord's answers that mean the bot can no longer post in a channel: 50001 Missing Access,
 * 50013 Missing Permissions, 10003 Unknown Channel, 50007 Cannot send messages to this user.
 */
const CLOSED_CODES = new Set([50001, 50013, 10003, 50007]);

function body(rendered: RenderedMessage): RESTPostAPIChannelMessageJSONBody {
  return { embeds: rendered.embeds, components: rendered.components, allowed_mentions: { parse: [] } };
}
