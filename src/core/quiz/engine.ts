import { join } from 'node:path';
import type { ChatRef, Context, Platform, UserRef } from '../chat';
import type { Knowledge } from '../knowledge/load';
import type { Language } from '../language';
import { say } from '../phrases';
import { silentLogger, type Logger } from '../log';
import { errorReply as error, type QuizQuestionView, type Reply } from '../reply';
import { arrangeOptions, buildQuestionBank, DIFFICULTIES, pickQuestions, type Difficulty, type Question, type QuestionBank } from './bank';
import {
  leaderboardReply,
  noMissedReply,
  noQuestionsReply,
  resetReply,
  revealReply,
  startReply,
  summaryReply,
  topicsReply,
  unknownTopicReply,
} from './replies';
import { systemClock, type Clock } from './clock';
import type { AnswerOutcome, QuizAnswer, QuizRounds, QuizTable, RoundOptions } from './contract';
import { SqliteQuizStore, type AnswerRecord, type AskedRecord, type QuizStore, type RoundRecord, type Scoring } from './store';

/**
 * The quiz engine: plays timed rounds in chats through each platform's `QuizTable`, keeps every
 * answer and score in a `QuizStore`, and resumes rounds after a restart.
 *
 * Rules:
 * - One round per chat at a time (the store enforces it too, for several processes).
 * - A question's timer starts only once `QuizTable.ask` resolved (the platform confirmed it).
 *   Answers count until the timer runs out; answers after it, to an earlier question, from
 *   another chat or platform, or a second answer by the same user are not scored, and the
 *   outcome says why. There is no early close and no grace window after the first right answer:
 *   every player answers once and every right answer scores the same, so speed wins nothing and
 *   a burst of guesses cannot win. (Telegram closes a quiz poll itself after `seconds`, counted
 *   from when it sent the poll, a moment before our timer starts; so a poll answer made in
 *   time is never refused for arriving late.)
 * - Scoring (default): 1 point per right answer, plus 1 bonus point for each right answer that
 *   makes a streak of 3 or more. A streak is the run of consecutive questions asked in the chat
 *   that a player answered right; a wrong answer or a question left unanswered ends it. Scores
 *   and streaks are kept per platform, chat and user, across rounds, until an admin resets them.
 * - An answer is acknowledged ("Answer recorded.") only after the store made it durable.
 * - After a restart, `attach` resumes the platform's running rounds: an open question whose time
 *   has not run out keeps its remaining time; one whose time ran out is revealed (with the
 *   answers recorded before the crash) and the round goes on. A round idle for longer than
 *   `resumeWithinMs` (default 10 minutes) is closed instead, with its summary; scores are kept.
 * - Several processes may share one store. Each running round is driven by one of them, the
 *   holder of its lease in the store (`leaseMs`, renewed every `heartbeatMs` and before every
 *   step); answers may arrive at any of them. When the holder dies, its lease runs out and
 *   another process takes the round over as after a restart. A process gives its leases up when
 *   it closes cleanly, so the next one resumes at once.
 * - If the store fails mid-round (a full disk), the round ends with a word to the chat rather
 *   than stopping silently.
 * - A round plays in one language (`RoundOptions.language`, default English), chosen when it
 *   starts and stored with it, so a process taking it over plays on in it: its questions come
 *   from that language's bank (same ids in every language, so history and scores are shared),
 *   its reveals and summary are in it. Replies to commands (stop, leaderboard, refusals) are in
 *   the language of the request; an answer's outcome in the round's language where this process
 *   drives the round, else in `QuizAnswer.language`.
 */
export interface QuizOptions {
  knowledge: Knowledge;
  /** Default: a SQLite file `quiz.sqlite` in `dataDir`. The engine closes it in `close()`. */
  store?: QuizStore;
  /** Folder for the default store (default `data`). */
  dataDir?: string;
  /** The question bank (default: built from `knowledge`); also used for other languages unless `banks` has them. */
  bank?: QuestionBank;
  /** The bank of a language other than English (default: built from `knowledge` in that language on first use). */
  banks?: Partial<Record<Language, QuestionBank>>;
  clock?: Clock;
  /** Seconds each question stays open (default 30, at least 5: Telegram's minimum open period). */
  seconds?: number;
  /** Questions per round when the player does not say (default 5). */
  questions?: number;
  /** Most questions a player may ask for (default 20). */
  maxQuestions?: number;
  /** Pause before the first question, so the start message shows first (default 2000 ms). */
  leadInMs?: number;
  /** Pause between a reveal and the next question (default 2000 ms). */
  pauseMs?: number;
  /** A round idle longer than this at restart is closed rather than resumed (default 10 minutes). */
  resumeWithinMs?: number;
  scoring?: Scoring;
  /** This process's name on the leases it holds (default: random, different in each process). */
  instance?: string;
  /** How long a lease lasts without renewal: another process takes a round over this long after its driver died (default 5000 ms). */
  leaseMs?: number;
  /**
   * How often leases are renewed and abandoned rounds looked for (default 1000 ms); 0 turns the
   * timer off (tests call `heartbeat()` themselves).
   */
  heartbeatMs?: number;
  /** Random numbers in [0, 1) for picking questions and round ids (tests pass a seeded one). */
  random?: () => number;
  logger?: Logger;
}

export const DEFAULT_SCORING: Scoring = { points: 1, streakBonusFrom: 3, streakBonus: 1 };

/** Creates the engine; the lead passes it to `Core.create({ quiz })`. */
export function createQuiz(options: QuizOptions): QuizEngine {
  return new QuizEngine(options);
}

interface LiveRound {
  record: RoundRecord;
  table: QuizTable;
  /** Index into record.questionIds of the next question to ask. */
  next: number;
  /** The question shown and not yet revealed. */
  open?: AskedRecord;
  timer?: unknown;
  ended: boolean;
  /** Ended here by detach or close, not over: the round stays running in the store and resumes later. */
  detached?: boolean;
}

export class QuizEngine implements QuizRounds {
  private built?: QuestionBank;
  /**
   * The question bank (English), built on first use, so the bot answers questions before it is
   * ready. It picks each round's questions, whatever the round's language: the questions have the
   * same ids in every language's bank.
   */
  get bank(): QuestionBank {
    return (this.built ??= this.options.banks?.en ?? this.options.bank ?? buildQuestionBank(this.options.knowledge));
  }
  private readonly banks = new Map<Language, QuestionBank>();
  /** A language's bank, built on the first round in that language. */
  bankIn(lang: Language): QuestionBank {
    if (lang === 'en') return this.bank;
    let bank = this.banks.get(lang);
    if (!bank) {
      bank = this.options.banks?.[lang] ?? this.options.bank ?? buildQuestionBank(this.options.knowledge, lang);
      this.banks.set(lang, bank);
    }
    return bank;
  }
  readonly store: QuizStore;
  private readonly clock: Clock;
  private readonly seconds: number;
  private readonly questions: number;
  private readonly maxQuestions: number;
  private readonly leadInMs: number;
  private readonly pauseMs: number;
  private readonly resumeWithinMs: number;
  private readonly scoring: Scoring;
  private readonly random: () => number;
  private readonly log: Logger;
  private readonly tables = new Map<Platform, QuizTable>();
  private readonly live = new Map<string, LiveRound>();
  private readonly pending = new Set<Promise<unknown>>();
  /** This process's name on its leases. */
  readonly instance: string;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private heartbeatTimer?: ReturnType<typeof setInterval>;
  private beating?: Promise<void>;
  private readonly resuming = new Set<string>();
  /** Questions shown whose platform reference is being stored: a poll answer then finds them here. */
  private readonly storing = new Map<string, AskedRecord>();

  constructor(private readonly options: QuizOptions) {
    this.store = options.store ?? new SqliteQuizStore(join(options.dataDir ?? 'data', 'quiz.sqlite'));
    this.clock = options.clock ?? systemClock;
    this.seconds = Math.max(5, options.seconds ?? 30);
    this.maxQuestions = options.maxQuestions ?? 20;
    this.questions = Math.min(options.questions ?? 5, this.maxQuestions);
    this.leadInMs = options.leadInMs ?? 2000;
    this.pauseMs = options.pauseMs ?? 2000;
    this.resumeWithinMs = options.resumeWithinMs ?? 10 * 60_000;
    this.scoring = options.scoring ?? DEFAULT_SCORING;
    this.random = options.random ?? Math.random;
    this.log = options.logger ?? silentLogger();
    // Not from `random`: a seeded round must pick the same questions whatever the instance name.
    this.instance = options.instance ?? `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    this.leaseMs = options.leaseMs ?? 5000;
    this.heartbeatMs = options.heartbeatMs ?? 1000;
  }

  get topics(): readonly string[] {
    return this.bank.topics;
  }

  // ---- QuizService ----------------------------------------------------------------------------

  async attach(platform: Platform, table: QuizTable): Promise<void> {
    this.tables.set(platform, table);
    for (const live of this.live.values()) if (live.record.chat.platform === platform) live.table = table;
    for (const record of await this.store.runningRounds(platform)) {
      if (this.live.has(key(record.chat)) || table.serves?.(record.chat) === false) continue;
      if (!(await this.claim(record.id))) continue; // another live process drives it
      if (this.live.has(key(record.chat))) continue; // the heartbeat took it meanwhile
      await this.resume(record, table);
    }
    if (this.heartbeatMs > 0 && !this.heartbeatTimer) {
      this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
      this.heartbeatTimer.unref();
    }
  }

  /**
   * Renews this process's leases, lets go of rounds whose lease another process took, and takes
   * over rounds whose lease ran out (their process died). A chat this process does not serve
   * (another shard's) is taken over only once its lease has been out for another `leaseMs`, so
   * its own shard gets the first chance. Runs every `heartbeatMs`; tests call it directly.
   */
  heartbeat(): Promise<void> {
    this.beating ??= this.beat().finally(() => (this.beating = undefined));
    return this.beating;
  }

  private async beat(): Promise<void> {
    try {
      for (const live of [...this.live.values()]) if (!live.ended && !(await this.claim(live.record.id))) this.drop(live);
      for (const [platform, table] of this.tables) {
        for (const record of await this.store.runningRounds(platform)) {
          if (this.live.has(key(record.chat)) || this.tables.get(platform) !== table) continue;
          const now = this.clock.now();
          const out = record.leaseUntil ?? 0;
          if (out > now || (table.serves?.(record.chat) === false && out + this.leaseMs > now)) continue;
          if (!(await this.claim(record.id)) || this.live.has(key(record.chat))) continue;
          this.log.info({ round: record.id, chat: record.chat.id, from: record.owner }, 'taking over a quiz round');
          await this.resume(record, table);
        }
      }
    } catch (err) {
      this.log.warn({ err }, 'quiz heartbeat failed');
    }
  }

  /** Takes or renews this process's lease on a round. */
  private claim(roundId: string): Promise<boolean> {
    const now = this.clock.now();
    return this.store.claimRound(roundId, this.instance, now, now + this.leaseMs);
  }

  /** Stops driving a round here (another process holds it now): no more timers, nothing posted. */
  private drop(live: LiveRound): void {
    this.log.warn({ round: live.record.id }, 'quiz round ended or taken over elsewhere; letting it go');
    if (live.timer !== undefined) this.clock.clearTimer(live.timer);
    live.ended = true;
    live.detached = true;
    if (this.live.get(key(live.record.chat)) === live) this.live.delete(key(live.record.chat));
  }

  detach(platform: Platform): void {
    this.tables.delete(platform);
    for (const [k, live] of this.live) {
      if (live.record.chat.platform !== platform) continue;
      // The round stays running in the store and resumes when the platform attaches again.
      if (live.timer !== undefined) this.clock.clearTimer(live.timer);
      live.ended = true;
      live.detached = true;
      this.live.delete(k);
      this.track(this.store.releaseRound(live.record.id, this.instance));
    }
  }

  async answer(a: QuizAnswer): Promise<AnswerOutcome> {
    const asked = await this.findAsked(a);
    const chatLang = a.chatId !== undefined ? this.live.get(key({ platform: a.platform, id: a.chatId }))?.record.language : undefined;
    if (!asked) return { status: 'unknown', message: say('quiz.notInQuiz', {}, chatLang ?? a.language) };
    // The outcome is in the round's language where this process drives it.
    const lang = this.live.get(key({ platform: asked.platform, id: asked.chatId }))?.record.language ?? a.language ?? 'en';
    if (asked.platform !== a.platform || (a.chatId !== undefined && a.chatId !== asked.chatId))
      return { status: 'unknown', message: say('quiz.otherChat', {}, chatLang ?? a.language) };
    const now = this.clock.now();
    if (asked.revealedAt !== undefined || now >= asked.closesAt)
      return { status: 'late', message: say('quiz.tooLate', {}, lang) };
    if (!Number.isInteger(a.option) || a.option < 0 || a.option >= asked.options.length)
      return { status: 'unknown', message: say('quiz.noOption', { number: a.option + 1 }, lang) };
    const result = await this.store.recordAnswer(
      {
        roundId: asked.roundId,
        number: asked.number,
        platform: asked.platform,
        chatId: asked.chatId,
        userId: a.user.id,
        userName: a.user.name,
        option: a.option,
        correct: a.option === asked.correct,
        at: now,
      },
      this.scoring,
    );
    if (result.status === 'repeat') return { status: 'repeat', message: say('quiz.repeat', {}, lang) };
    if (result.status === 'closed') return { status: 'late', message: say('quiz.tooLate', {}, lang) };
    return { status: 'recorded', message: say('quiz.recorded', { answer: asked.options[a.option] }, lang) };
  }

  async answerText(chat: ChatRef, user: UserRef, text: string): Promise<AnswerOutcome | null> {
    if (!this.tables.get(chat.platform)?.typedAnswers) return null;
    const live = this.live.get(key(chat));
    const m = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
    if (!live || !m) return null;
    const open = live.open;
    // A number typed between questions is still meant for the quiz, not a question for the library.
    const lang = live.record.language;
    if (!open) return { status: 'waiting', message: say('quiz.nextComing', {}, lang) };
    const n = Number(m[1]);
    if (n < 1 || n > open.options.length)
      return { status: 'unknown', message: say('quiz.typeNumber', { max: open.options.length }, lang) };
    return this.answer({ platform: chat.platform, user, option: n - 1, chatId: chat.id, questionId: viewId(open) });
  }

  async close(): Promise<void> {
    // Rounds stay running in the store: the next process (or another one now) resumes them.
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    await this.beating;
    const held = [...this.live.values()];
    for (const live of held) {
      if (live.timer !== undefined) this.clock.clearTimer(live.timer);
      live.ended = true;
      live.detached = true;
    }
    this.live.clear();
    await this.settled();
    for (const live of held) await this.store.releaseRound(live.record.id, this.instance).catch(() => undefined);
    await this.store.close();
  }

  // ---- Commands -------------------------------------------------------------------------------

  async start(context: Context, options: RoundOptions): Promise<Reply> {
    const { chat, user } = context;
    const lang = options.language ?? 'en';
    const table = this.tables.get(chat.platform);
    if (!table) return error(say('quiz.unavailableHere', {}, lang));
    const count = options.questions ?? this.questions;
    if (!Number.isInteger(count) || count < 1 || count > this.maxQuestions)
      return error(say('quiz.roundLength', { max: this.maxQuestions }, lang));
    const topic = options.topic?.trim().toLowerCase() || undefined;
    if (topic && !this.bank.topics.includes(topic)) return unknownTopicReply(topic, this.bank, lang);
    const difficulty = options.difficulty;
    if (difficulty && !DIFFICULTIES.includes(difficulty)) return error(say('quiz.difficulties', {}, lang));
    if (this.live.has(key(chat)) || (await this.store.runningRound(chat.platform, chat.id)))
      return error(say('quiz.alreadyRunning', {}, lang));
    // A language's bank is built before its first round starts, not between two of its questions.
    this.bankIn(lang);
    const picked = options.missed
      ? await this.missedQuestions(context, { count, topic, difficulty })
      : pickQuestions(this.bank, { count, topic, difficulty }, this.random, await this.store.questionHistory(chat.platform, chat.id));
    if (picked.length === 0 && options.missed) return noMissedReply(Boolean(topic || difficulty), lang);
    if (picked.length === 0) return noQuestionsReply(this.bank, topic, difficulty, lang);
    const record: RoundRecord = {
      id: this.roundId(),
      chat,
      starter: { id: user.id, name: user.name },
      questionIds: picked.map((q) => q.id),
      seconds: this.seconds,
      topic,
      difficulty,
      status: 'running',
      startedAt: this.clock.now(),
      owner: this.instance,
      leaseUntil: this.clock.now() + this.leaseMs,
      language: lang,
    };
    if (!(await this.store.beginRound(record))) return error(say('quiz.alreadyRunning', {}, lang));
    const live: LiveRound = { record, table, next: 0, ended: false };
    this.live.set(key(chat), live);
    this.log.info({ round: record.id, platform: chat.platform, chat: chat.id, questions: picked.length }, 'quiz round started');
    this.schedule(live, this.leadInMs, () => this.askNext(live));
    return startReply({
      starter: user.name,
      picked: picked.length,
      requested: count,
      missed: options.missed === true,
      countGiven: options.questions !== undefined,
      topic,
      difficulty,
      seconds: this.seconds,
      typedAnswers: table.typedAnswers === true,
      language: lang,
    });
  }

  /** `/quiz topics`: the topics with how many questions each has at each difficulty. */
  topicGuide(language: Language = 'en'): Reply {
    return topicsReply(this.bank, language);
  }

  async stop(context: Context): Promise<Reply> {
    const { chat, user } = context;
    const live = this.live.get(key(chat));
    const record = live?.record ?? (await this.store.runningRound(chat.platform, chat.id));
    if (!record) return error(say('quiz.notRunning', {}, context.language));
    if (record.starter.id !== user.id && user.isAdmin !== true)
      return error(say('quiz.onlyStarter', { name: record.starter.name }, context.language));
    // What the round says in closing stays in its language.
    const lang = record.language ?? 'en';
    let revealed = '';
    if (live) {
      live.ended = true;
      if (live.timer !== undefined) this.clock.clearTimer(live.timer);
      this.live.delete(key(chat));
      const open = live.open;
      live.open = undefined;
      if (open) {
        await this.closeNatively(live, open);
        await this.store.revealQuestion(open.roundId, open.number, this.clock.now());
        revealed = say('quiz.wasAnswer', { number: open.number, answer: open.options[open.correct] }, lang);
      }
    } else {
      // A round driven by another process, or by none right now: close its open question too.
      // The process driving it sees the round ended at its next step and lets it go.
      const table = this.tables.get(chat.platform);
      for (const a of await this.store.askedQuestions(record.id)) {
        if (a.revealedAt !== undefined) continue;
        await this.store.revealQuestion(a.roundId, a.number, this.clock.now());
        if (table) await this.closeNatively({ record, table, next: 0, ended: true }, a);
        revealed = say('quiz.wasAnswer', { number: a.number, answer: a.options[a.correct] }, lang);
      }
    }
    await this.store.endRound(record.id, 'stopped', this.clock.now());
    const summary = await this.summary(record, 'quiz.stoppedTitle');
    summary.body = [say('quiz.stoppedBy', { name: user.name }, lang), revealed, summary.body].filter(Boolean).join('\n\n');
    return summary;
  }

  async leaderboard(chat: ChatRef, limit = 10, language: Language = 'en'): Promise<Reply> {
    return leaderboardReply(await this.store.standings(chat.platform, chat.id, limit), language);
  }

  async reset(context: Context): Promise<Reply> {
    if (context.user.isAdmin !== true) return error(say('quiz.onlyAdminsReset', {}, context.language));
    return resetReply(context.user.name, await this.store.resetStandings(context.chat.platform, context.chat.id), context.language);
  }

  /** Resolves once no timer callback is still working (tests wait on it after moving a fake clock). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  /**
   * The questions a player missed in the chat that are still in the bank, most recent first,
   * narrowed to a topic and difficulty.
   */
  private async missedQuestions(
    { chat, user }: Context,
    filter: { count: number; topic?: string; difficulty?: Difficulty },
  ): Promise<Question[]> {
    const out: Question[] = [];
    for (const id of await this.store.missedQuestions(chat.platform, chat.id, user.id)) {
      const q = this.bank.byId.get(id);
      if (!q || (filter.topic && !q.topics.includes(filter.topic)) || (filter.difficulty && q.difficulty !== filter.difficulty)) continue;
      out.push(q);
      if (out.length >= filter.count) break;
    }
    return out;
  }

  // ---- The round's flow -----------------------------------------------------------------------

  private schedule(live: LiveRound, ms: number, step: () => Promise<void>): void {
    if (live.timer !== undefined) this.clock.clearTimer(live.timer);
    live.timer = this.clock.setTimer(ms, () => {
      live.timer = undefined;
      if (live.ended) return;
      this.track(this.step(live, step));
    });
  }

  /**
   * Runs one step of a round if this process still holds its lease (renewing it), so two
   * processes never both post; a step that fails (the store failed) ends the round with a word
   * to the chat.
   */
  private async step(live: LiveRound, step: () => Promise<void>): Promise<void> {
    try {
      if (!(await this.claim(live.record.id))) {
        if (!live.ended) this.drop(live);
        return;
      }
      if (live.ended) return;
      await step();
    } catch (err) {
      await this.abandon(live, err);
    }
  }

  /** Ends a round the store failed in: closes its open question, tells the chat, keeps what was stored. */
  private async abandon(live: LiveRound, err: unknown, asked?: AskedRecord): Promise<void> {
    this.log.error({ err, round: live.record.id }, 'quiz round failed; ending it');
    if (live.ended && live.detached) return;
    live.ended = true;
    if (live.timer !== undefined) this.clock.clearTimer(live.timer);
    if (this.live.get(key(live.record.chat)) === live) this.live.delete(key(live.record.chat));
    const open = asked ?? live.open;
    live.open = undefined;
    if (open) await this.closeNatively(live, open);
    try {
      await this.store.endRound(live.record.id, 'stopped', this.clock.now());
    } catch (endErr) {
      this.log.error({ err: endErr, round: live.record.id }, 'could not mark the failed quiz round stopped');
    }
    const summary = await this.summary(live.record, 'quiz.stoppedTitle').catch(() => undefined);
    const lang = live.record.language;
    const why = open ? say('quiz.storageFailedQuestion', { number: open.number }, lang) : say('quiz.storageFailed', {}, lang);
    await this.post(live, {
      kind: 'quiz',
      title: say('quiz.stoppedTitle', {}, lang),
      body: [why, summary?.body]
        .filter(Boolean)
        .join('\n\n'),
      entries: [],
    });
  }

  private track(work: Promise<void>): void {
    const p = work.catch((err: unknown) => this.log.error({ err }, 'quiz step failed'));
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private async askNext(live: LiveRound): Promise<void> {
    const { record } = live;
    while (live.next < record.questionIds.length && !this.bank.byId.has(record.questionIds[live.next]!)) live.next++;
    if (live.next >= record.questionIds.length) return this.finish(live);
    const question = this.bank.byId.get(record.questionIds[live.next]!)!;
    // The same question in the round's language (the same id), English where a bank lacks it.
    const lang = record.language ?? 'en';
    const shown = this.bankIn(lang).byId.get(question.id) ?? question;
    const number = live.next + 1;
    live.next++;
    const { options, correct } = arrangeOptions(question, record.id, shown);
    const view: QuizQuestionView = {
      id: `${record.id}:${number}`,
      number,
      total: record.questionIds.length,
      question: shown.question,
      options,
      correct,
      explanation: shown.explanation,
      seconds: record.seconds,
      language: lang,
    };
    const now = this.clock.now();
    const planned: AskedRecord = {
      roundId: record.id,
      number,
      questionId: question.id,
      platform: record.chat.platform,
      chatId: record.chat.id,
      question: view.question,
      options,
      correct,
      explanation: view.explanation,
      sources: question.sources,
      entries: question.entries,
      ref: '',
      askedAt: now,
      closesAt: now + record.seconds * 1000,
    };
    // Stored before it is shown: a process that dies just after the platform showed it is
    // resumed with this question open rather than asking it again, and a button pressed the
    // moment it appears finds it.
    try {
      await this.store.recordAsked(planned);
    } catch (err) {
      return this.abandon(live, err);
    }
    let ref: string;
    try {
      ref = (await live.table.ask(record.chat, view)).ref;
    } catch (err) {
      this.log.warn({ err, round: record.id }, 'could not post a quiz question; ending the round');
      // Never shown: it does not count as asked.
      await this.store.forgetAsked(record.id, number).catch((forgetErr: unknown) => this.log.error({ err: forgetErr, round: record.id }, 'could not forget an unposted quiz question'));
      if (live.ended) return;
      live.ended = true;
      this.live.delete(key(record.chat));
      await this.store.endRound(record.id, 'stopped', this.clock.now());
      // Why it stopped, then the scores so far.
      const summary = await this.summary(record, 'quiz.stoppedTitle');
      await this.post(live, { ...summary, body: `${say('quiz.postFailed', {}, record.language)}\n\n${summary.body}` });
      return;
    }
    // Its time runs from when it was shown.
    const askedAt = this.clock.now();
    const asked: AskedRecord = { ...planned, ref, askedAt, closesAt: askedAt + record.seconds * 1000 };
    // A vote cast while the reference is being written counts too.
    const refKey = key({ platform: asked.platform, id: ref });
    this.storing.set(refKey, asked);
    try {
      await this.store.recordAsked(asked);
    } catch (err) {
      // Poll answers are found by the reference; without it they would be refused: end the round instead.
      return this.abandon(live, err, asked);
    } finally {
      this.storing.delete(refKey);
    }
    if (live.detached) return; // shutting down: the question resumes with the round
    if (live.ended) {
      // Stopped while the question was being posted: close it at once.
      await this.store.revealQuestion(record.id, number, askedAt);
      await this.closeNatively(live, asked);
      return;
    }
    live.open = asked;
    this.schedule(live, record.seconds * 1000, () => this.reveal(live));
  }

  private async reveal(live: LiveRound): Promise<void> {
    const asked = live.open;
    if (!asked || live.ended) return;
    live.open = undefined;
    await this.store.revealQuestion(asked.roundId, asked.number, this.clock.now());
    await this.closeNatively(live, asked);
    await this.post(live, await this.revealReply(asked, live.record.language));
    if (live.ended) return;
    if (live.next >= live.record.questionIds.length) return this.finish(live);
    this.schedule(live, this.pauseMs, () => this.askNext(live));
  }

  private async finish(live: LiveRound, note?: string): Promise<void> {
    if (live.ended) return;
    live.ended = true;
    this.live.delete(key(live.record.chat));
    await this.store.endRound(live.record.id, 'finished', this.clock.now());
    this.log.info({ round: live.record.id, platform: live.record.chat.platform, chat: live.record.chat.id }, 'quiz round finished');
    const summary = await this.summary(live.record, 'quiz.overTitle');
    if (note) summary.body = `${note}\n\n${summary.body}`;
    await this.post(live, summary);
  }

  private async resume(record: RoundRecord, table: QuizTable): Promise<void> {
    // attach and the heartbeat may both reach one round; it resumes once.
    if (this.resuming.has(record.id)) return;
    this.resuming.add(record.id);
    let asked: AskedRecord[];
    try {
      asked = await this.store.askedQuestions(record.id);
    } finally {
      this.resuming.delete(record.id);
    }
    if (this.live.has(key(record.chat))) return;
    const last = asked.at(-1);
    const live: LiveRound = { record, table, next: last ? last.number : 0, ended: false };
    this.live.set(key(record.chat), live);
    const now = this.clock.now();
    const lastActivity = Math.max(record.startedAt, ...asked.map((a) => a.revealedAt ?? a.closesAt));
    const open = last && last.revealedAt === undefined ? last : undefined;
    this.log.info({ round: record.id, chat: record.chat.id, open: open?.number }, 'resuming a quiz round');
    if (now - lastActivity > this.resumeWithinMs) {
      // Too long ago to pick up again: reveal what was open and close the round, scores kept.
      if (open) {
        await this.store.revealQuestion(open.roundId, open.number, now);
        await this.closeNatively(live, open);
        await this.post(live, await this.revealReply(open, record.language));
      }
      return this.finish(live, say('quiz.interrupted', {}, record.language));
    }
    if (open && open.closesAt > now) {
      live.open = open;
      this.schedule(live, open.closesAt - now, () => this.reveal(live));
    } else if (open) {
      live.open = open;
      this.track(this.step(live, () => this.reveal(live)));
    } else {
      this.schedule(live, this.leadInMs, () => this.askNext(live));
    }
  }

  // ---- Replies --------------------------------------------------------------------------------

  private async revealReply(asked: AskedRecord, lang: Language = 'en'): Promise<Reply> {
    const answers = await this.store.answers(asked.roundId, asked.number);
    const right = answers.filter((a) => a.correct);
    const standings = await this.store.standingsOf(asked.platform, asked.chatId, right.map((a) => a.userId));
    const streaks = standings.filter((s) => s.streak >= this.scoring.streakBonusFrom);
    return revealReply(asked, answers, streaks, this.options.knowledge.sources, lang);
  }

  /** The round's scores, titled by the phrase `titleKey`, in the round's language. */
  private async summary(record: RoundRecord, titleKey: string): Promise<Reply> {
    const answers = await this.store.answers(record.id);
    const asked = (await this.store.askedQuestions(record.id)).length;
    const standings = await this.store.standingsOf(record.chat.platform, record.chat.id, [...new Set(answers.map((a) => a.userId))]);
    const lang = record.language ?? 'en';
    return summaryReply(say(titleKey, {}, lang), answers, asked, standings, lang);
  }

  // ---- Helpers --------------------------------------------------------------------------------

  private async findAsked(a: QuizAnswer): Promise<AskedRecord | undefined> {
    if (a.questionId) {
      const m = /^([a-z0-9]+):(\d+)$/.exec(a.questionId);
      return m ? this.store.askedQuestion(m[1]!, Number(m[2])) : undefined;
    }
    if (a.ref) return this.storing.get(key({ platform: a.platform, id: a.ref })) ?? this.store.askedByRef(a.platform, a.ref);
    if (a.chatId) return this.live.get(key({ platform: a.platform, id: a.chatId }))?.open;
    return undefined;
  }

  private async closeNatively(live: LiveRound, asked: AskedRecord): Promise<void> {
    // No reference: its process died before the platform's answer was stored; nothing to name.
    if (!live.table.close || !asked.ref) return;
    const view: QuizQuestionView = {
      id: viewId(asked),
      number: asked.number,
      total: live.record.questionIds.length,
      question: asked.question,
      options: asked.options,
      correct: asked.correct,
      explanation: asked.explanation,
      seconds: live.record.seconds,
      language: live.record.language ?? 'en',
    };
    try {
      await live.table.close(live.record.chat, view, asked.ref);
    } catch (err) {
      this.log.warn({ err, round: live.record.id }, 'could not close a quiz question natively');
    }
  }

  private async post(live: LiveRound, reply: Reply): Promise<void> {
    try {
      await live.table.post(live.record.chat, reply);
    } catch (err) {
      this.log.warn({ err, round: live.record.id }, 'could not post a quiz message');
    }
  }

  private roundId(): string {
    let id = '';
    for (let i = 0; i < 10; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(this.random() * 36)];
    return id;
  }
}

/** A chat's key, or a platform reference's (a poll id): ids are unique only within a platform. */
function key(chat: { platform: Platform; id: string }): string {
  return `${chat.platform}\u0000${chat.id}`;
}

function viewId(asked: AskedRecord): string {
  return `${asked.roundId}:${asked.number}`;
}


export type { AnswerRecord, Difficulty };
