import type { ChatRef, Platform } from '../../src/core/chat';
import type { AnswerOutcome, QuizAnswer, QuizService, QuizTable } from '../../src/core/quiz/contract';
import type { QuizQuestionView } from '../../src/core/reply';

/**
 * A stand-in for the quiz engine that records what the adapter gives it: the attached table and
 * every answer. It keeps the engine's contract (one answer per user per question, late answers
 * refused) so adapter tests can check what a player sees, until the real engine lands.
 */
export class RecordingQuiz implements QuizService {
  readonly tables = new Map<Platform, QuizTable>();
  readonly answers: QuizAnswer[] = [];
  private open = new Map<string, { chat: ChatRef; question: QuizQuestionView; ref: string; closed: boolean; users: Set<string> }>();

  async attach(platform: Platform, table: QuizTable): Promise<void> {
    this.tables.set(platform, table);
  }

  detach(platform: Platform): void {
    this.tables.delete(platform);
  }

  /** Asks a question through the platform's table, as the engine does when a round starts. */
  async ask(platform: Platform, chat: ChatRef, question: QuizQuestionView): Promise<string> {
    const table = this.tables.get(platform);
    if (!table) throw new Error(`no ${platform} table attached`);
    const { ref } = await table.ask(chat, question);
    this.open.set(question.id, { chat, question, ref, closed: false, users: new Set() });
    return ref;
  }

  /** Closes a question and posts the reveal, as the engine does when the timer ends. */
  async finish(platform: Platform, questionId: string): Promise<void> {
    const q = this.open.get(questionId);
    const table = this.tables.get(platform);
    if (!q || !table) throw new Error('no such question');
    q.closed = true;
    await table.close?.(q.chat, q.question, q.ref);
    const right = q.question.options[q.question.correct]!;
    await table.post(q.chat, { kind: 'quiz', title: 'Answer', body: `The answer: ${right}. ${q.question.explanation}`, entries: [] });
  }

  async answer(answer: QuizAnswer): Promise<AnswerOutcome> {
    const q = answer.questionId ? this.open.get(answer.questionId) : undefined;
    if (!q || q.chat.id !== answer.chatId) return { status: 'unknown', message: 'There is no such question.' };
    if (q.closed) return { status: 'late', message: 'Too late: this question is closed.' };
    if (q.users.has(answer.user.id)) return { status: 'repeat', message: 'You already answered this question.' };
    q.users.add(answer.user.id);
    this.answers.push(answer);
    return { status: 'recorded', message: 'Answer recorded.' };
  }

  async answerText(): Promise<AnswerOutcome | null> {
    return null;
  }

  async close(): Promise<void> {}
}
