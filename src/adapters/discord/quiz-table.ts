import { Routes, ShardClientUtil, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { ChatRef } from '../../core/chat';
import type { QuizTable } from '../../core/quiz/contract';
import type { QuizQuestionView, Reply } from '../../core/reply';
import { renderQuestion, renderReply, type RenderedMessage } from './render';

/**
 * The quiz engine's view of Discord: questions are messages with one button per option, the
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
    await this.rest.post(Routes.channelMessages(chat.id), { body: body(renderReply({ ...reply, ephemeral: false })) });
  }

  async close(chat: ChatRef, question: QuizQuestionView, ref: string): Promise<void> {
    const { components } = renderQuestion(question, true);
    await this.rest.patch(Routes.channelMessage(chat.id, ref), { body: { components } });
  }
}

function body(rendered: RenderedMessage): RESTPostAPIChannelMessageJSONBody {
  return { embeds: rendered.embeds, components: rendered.components, allowed_mentions: { parse: [] } };
}
