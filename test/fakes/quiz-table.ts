import type { ChatRef } from '../../src/core/chat';
import type { QuizTable } from '../../src/core/quiz/contract';
import type { QuizQuestionView, Reply } from '../../src/core/reply';

/** A QuizTable that records what the engine shows, as an adapter would send it. */
export class RecordingQuizTable implements QuizTable {
  readonly asked: { chat: ChatRef; view: QuizQuestionView; ref: string }[] = [];
  readonly posts: { chat: ChatRef; reply: Reply }[] = [];
  readonly closed: { chat: ChatRef; view: QuizQuestionView; ref: string }[] = [];
  /** Every call in order: `ask 1`, `close 1`, `post <title>`. */
  readonly log: string[] = [];
  /** Makes the next `ask` fail, as a platform error would. */
  failNextAsk = false;
  /** Which chats this table plays in (a shard's servers); unset: all. */
  serves?: (chat: ChatRef) => boolean;

  constructor(readonly typedAnswers = false, private readonly prefix = 'ref') {}

  async ask(chat: ChatRef, view: QuizQuestionView): Promise<{ ref: string }> {
    if (this.failNextAsk) {
      this.failNextAsk = false;
      throw new Error('platform refused the question');
    }
    const ref = `${this.prefix}-${this.asked.length + 1}`;
    this.asked.push({ chat, view, ref });
    this.log.push(`ask ${view.number}`);
    return { ref };
  }

  async post(chat: ChatRef, reply: Reply): Promise<void> {
    this.posts.push({ chat, reply });
    this.log.push(`post ${reply.title ?? reply.body.slice(0, 20)}`);
  }

  async close(chat: ChatRef, view: QuizQuestionView, ref: string): Promise<void> {
    this.closed.push({ chat, view, ref });
    this.log.push(`close ${view.number}`);
  }

  /** The question shown last. */
  get last(): { chat: ChatRef; view: QuizQuestionView; ref: string } {
    const q = this.asked.at(-1);
    if (!q) throw new Error('no question asked yet');
    return q;
  }

  /** The option index that is wrong for the last question. */
  get wrong(): number {
    return (this.last.view.correct + 1) % this.last.view.options.length;
  }
}
