import pino from 'pino';
import type { Logger } from '../../src/core/log';
import type { Command } from '../../src/core/command';
import { loadCommands } from '../../src/core/commands';
import { Core } from '../../src/core/core';
import type { Knowledge } from '../../src/core/knowledge/load';
import { Entry, SourceList } from '../../src/core/knowledge/schema';
import type { AnswerOutcome, QuizAnswer, QuizService, QuizTable } from '../../src/core/quiz/contract';
import type { Platform } from '../../src/core/chat';

/**
 * A small, fixed knowledge for adapter tests, so they check the adapter's behaviour and not
 * the content of knowledge/: two people who share a surname (a choice), a source URL with `&`.
 */
export function fixtureKnowledge(): Knowledge {
  const sources = SourceList.parse({
    ENC: { title: 'Encyclopedia of "Alash" & Co <1917>', url: 'https://example.org/alash?entry=1&lang=en' },
    BOOK: { title: 'A book without a link' },
  });
  const raw = [
    {
      id: 'bukeikhanov',
      kind: 'person',
      name: 'Alikhan Bukeikhanov',
      aliases: ['Bukeikhanov', 'Бөкейханов', 'Букейханов'],
      summary: { text: 'Leader of the Alash party and chairman of the Alash Orda government.', sources: ['ENC'] },
      born: [{ date: '1866-03-05', sources: ['ENC'] }],
      died: [{ date: '1937-09-27', sources: ['ENC', 'BOOK'] }],
      related: ['baitursynov'],
      topics: ['leaders'],
    },
    {
      id: 'baitursynov',
      kind: 'person',
      name: 'Akhmet Baitursynov',
      aliases: ['Baitursynov', 'Байтұрсынов'],
      summary: { text: 'Linguist, poet and a founder of the Alash party.', sources: ['ENC'] },
      born: [{ date: '1872-01-28', sources: ['ENC'] }],
      related: ['bukeikhanov'],
      topics: ['leaders'],
    },
    {
      id: 'khalel-dosmukhamedov',
      kind: 'person',
      name: 'Khalel Dosmukhamedov',
      aliases: ['Dosmukhamedov'],
      summary: { text: 'Physician and leader of the western branch of Alash Orda.', sources: ['BOOK'] },
      topics: ['leaders'],
    },
    {
      id: 'zhansha-dosmukhamedov',
      kind: 'person',
      name: 'Zhansha Dosmukhamedov',
      aliases: ['Dosmukhamedov'],
      summary: { text: 'Lawyer and head of the western branch of Alash Orda.', sources: ['BOOK'] },
      topics: ['leaders'],
    },
    {
      id: 'second-all-kazakh-congress',
      kind: 'event',
      name: 'Second All-Kazakh Congress',
      summary: { text: 'The congress in Orenburg that proclaimed the Alash autonomy.', sources: ['ENC'] },
      when: [{ date: '1917-12-05', end: '1917-12-13', sources: ['ENC'] }],
      participants: ['bukeikhanov', 'baitursynov'],
      topics: ['congresses'],
    },
  ];
  const entries = raw.map((e) => Entry.parse(e));
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), sources, extras: new Map() };
}

/** A quiz engine that only records what the adapter hands it. */
export class RecordingQuiz implements QuizService {
  readonly answers: QuizAnswer[] = [];
  readonly tables = new Map<Platform, QuizTable>();
  private listeners: ((a: QuizAnswer) => void)[] = [];

  async attach(platform: Platform, table: QuizTable): Promise<void> {
    this.tables.set(platform, table);
  }
  detach(platform: Platform): void {
    this.tables.delete(platform);
  }
  async answer(answer: QuizAnswer): Promise<AnswerOutcome> {
    this.answers.push(answer);
    for (const l of this.listeners) l(answer);
    return { status: 'recorded', message: 'Answer recorded.' };
  }
  async answerText(): Promise<AnswerOutcome | null> {
    return null;
  }
  async close(): Promise<void> {}
  /** Resolves with the next answer (or one already recorded) that satisfies `test`. */
  next(test: (a: QuizAnswer) => boolean, timeoutMs = 15_000): Promise<QuizAnswer> {
    const found = this.answers.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no quiz answer arrived')), timeoutMs);
      const listener = (a: QuizAnswer) => {
        if (!test(a)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(a);
      };
      this.listeners.push(listener);
    });
  }
}

/** Commands that expose what the adapter passes in, for assertions independent of content. */
export const testCommands: Command[] = [
  {
    name: 'say',
    description: 'Repeats the text back (tests: escaping)',
    options: [{ name: 'text', description: 'What to repeat', type: 'string' }],
    handle: ({ text, context }) => ({ kind: 'answer', title: `Said by ${context.user.name}`, body: text || '(nothing)', entries: [] }),
  },
  {
    name: 'long',
    description: 'A very long answer (tests: the 4096 limit)',
    options: [],
    handle: () => ({
      kind: 'answer',
      title: 'Long',
      body: Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} <${'x'.repeat(20)}> & ` + 'lorem ipsum dolor sit amet '.repeat(8)).join('\n\n'),
      entries: [],
      suggestions: [{ label: 'More', request: '/say more' }],
    }),
  },
  {
    name: 'pick',
    description: 'Offers choices and follow-ups (tests: keyboards)',
    options: [],
    handle: () => ({
      kind: 'answer',
      body: 'Pick one.',
      entries: [],
      choices: [
        { label: 'First <one>', request: '/say first' },
        { label: 'Second', request: '/say second' },
        { label: 'Far too long', request: `/say ${'y'.repeat(70)}` },
      ],
      suggestions: [{ label: 'Again', request: '/pick' }],
    }),
  },
];

/** A core over the fixture knowledge, the real commands/, the test commands and `extra` (through `extraCommands`). */
export async function testCore(quiz: QuizService = new RecordingQuiz(), extra: Command[] = []): Promise<Core> {
  const names = new Set(testCommands.map((c) => c.name));
  const commands = (await loadCommands()).filter((c) => !names.has(c.name));
  return Core.create({ knowledge: fixtureKnowledge(), commands: [...commands, ...testCommands], extraCommands: extra, quiz, groupReplies: 'dates' });
}

/** Throttling scaled down so tests run fast; the dedicated load test uses tighter values. */
export const fastThrottle = {
  global: { reservoir: 1000, reservoirRefreshAmount: 1000, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 0 },
  out: { maxConcurrent: 1, minTime: 0 },
};

/** A pino logger that keeps every line, for asserting on what was logged. */
export function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
