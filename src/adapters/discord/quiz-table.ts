import { Routes, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
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
  constructor(private readonly rest: REST) {}

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
