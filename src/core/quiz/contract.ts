import type { ChatRef, Context, Platform, UserRef } from '../chat';
import type { ChatPoster } from '../posting';
import type { Language } from '../language';
import type { QuizQuestionView, Reply } from '../reply';

/**
 * What an adapter gives the quiz engine so it can play in that platform's chats. The engine
 * owns timing and scoring; the table only shows things.
 *
 * - Telegram: `ask` sends a quiz poll (`type: 'quiz'`, `is_anonymous: false`, `open_period:
 *   question.seconds`, `correct_option_ids: [question.correct]`, `explanation`) and returns the poll
 *   id as `ref`; a `poll_answer` becomes `answer({ platform, user, option: option_ids[0], ref:
 *   poll_id })`. Telegram closes the poll itself when its time is up.
 * - Discord: `ask` sends the question with one button per option, the custom id carrying
 *   `question.id` and the option index, and returns the message id as `ref`; a press becomes
 *   `answer({ platform, user, option, questionId, chatId })`, answered ephemerally with the
 *   outcome's message. `close` disables the buttons. Button labels hold 80 characters, options
 *   up to 100: number the buttons or shorten the labels.
 * - Terminal: `typedAnswers: true`; the core passes "2" to `answerText`.
 */
export interface QuizTable extends ChatPoster {
  /**
   * Shows a question. Resolves once the platform confirmed it was sent (the timer starts then)
   * with the platform's reference for it: the Telegram poll id, the Discord message id.
   */
  ask(chat: ChatRef, question: QuizQuestionView): Promise<{ ref: string }>;
  // `post` (from ChatPoster) shows every other quiz message (the reveal, the round summary);
  // `serves` says which chats this process plays in, and so which rounds it resumes.
  /** Closes a question natively where the platform can (stop the poll, disable the buttons). */
  close?(chat: ChatRef, question: QuizQuestionView, ref: string): Promise<void>;
  /** Players answer by typing the option's number (the terminal). */
  typedAnswers?: boolean;
}

/** A player's answer, as an adapter received it. */
export interface QuizAnswer {
  platform: Platform;
  user: UserRef;
  /** 0-based option index. */
  option: number;
  /** The chat the answer came from, where the platform says (Discord buttons, typed answers). */
  chatId?: string;
  /** `QuizQuestionView.id`, where the answer carries it (Discord button custom ids). */
  questionId?: string;
  /** The platform reference returned by `QuizTable.ask` (Telegram poll answers carry only this). */
  ref?: string;
  /**
   * The player's language, for the outcome's message when this process does not drive the
   * round (default: the round's language where known, else English).
   */
  language?: Language;
}

export interface AnswerOutcome {
  /**
   * recorded: counted; repeat: this user already answered; late: the question closed; unknown: no
   * such question; waiting: a typed answer while a round runs but no question is open yet (the
   * lead-in or the pause after a reveal).
   */
  status: 'recorded' | 'repeat' | 'late' | 'unknown' | 'waiting';
  /** A short line for the player alone ("Answer recorded."). */
  message: string;
}

/** The quiz as the rest of the core sees it. */
export interface QuizService {
  /** An adapter attaches its table when it starts; rounds of that platform in progress resume then. */
  attach(platform: Platform, table: QuizTable): Promise<void>;
  detach(platform: Platform): void;
  answer(answer: QuizAnswer): Promise<AnswerOutcome>;
  /**
   * A typed answer ("2") in a chat whose table takes typed answers and has a question open.
   * Returns null when the text is not a quiz answer, so the message is handled as usual.
   */
  answerText(chat: ChatRef, user: UserRef, text: string): Promise<AnswerOutcome | null>;
  /** Stops timers and flushes storage, for a clean shutdown. */
  close(): Promise<void>;
}

/** What a player may ask of a round: `/quiz 5 leaders easy`. */
export interface RoundOptions {
  /** How many questions (default from configuration). */
  questions?: number;
  topic?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
  /**
   * Re-ask the questions the asking player missed in this chat (answered wrong or left
   * unanswered), most recent first; `topic` and `difficulty` narrow them further. Everyone in the
   * chat may answer and scores as usual.
   */
  missed?: boolean;
  /**
   * The language the whole round plays in: its questions, reveals and summary (default `en`).
   * Kept with the round, so a process taking it over plays on in the same language.
   */
  language?: Language;
}

/**
 * The quiz engine as the `quiz` and `leaderboard` commands use it: a `QuizService` that can also
 * start and stop rounds and show or reset standings. `createQuiz` (src/core/quiz/engine.ts)
 * returns one. Every method answers with a reply for the command to send; the questions,
 * reveals and summaries themselves go through the chat's `QuizTable`.
 */
export interface QuizRounds extends QuizService {
  /** Topics that have questions, sorted. */
  readonly topics: readonly string[];
  start(context: Context, options: RoundOptions): Promise<Reply>;
  /** The topics with how many questions each has at each difficulty (`/quiz topics`). */
  topicGuide(language?: Language): Reply;
  /** Ends the chat's round; allowed for whoever started it and for chat admins. */
  stop(context: Context): Promise<Reply>;
  /** The chat's standings, best first. */
  leaderboard(chat: ChatRef, limit?: number, language?: Language): Promise<Reply>;
  /** Clears the chat's standings; chat admins only (`UserRef.isAdmin === true`). Replies in `context.language`. */
  reset(context: Context): Promise<Reply>;
}

/** Whether the core's quiz can run rounds (the stand-in used without an engine cannot). */
export function hasRounds(quiz: QuizService): quiz is QuizRounds {
  return typeof (quiz as Partial<QuizRounds>).start === 'function';
}
