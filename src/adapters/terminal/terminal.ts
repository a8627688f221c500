import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Context } from '../../core/chat';
import type { Core } from '../../core/core';
import type { QuizTable } from '../../core/quiz/contract';
import { say } from '../../core/phrases';
import { replyToText, type Reply } from '../../core/reply';

/** How the terminal chat talks. */
export interface TerminalOptions {
  input: Readable;
  output: Writable;
  /** One JSON object per line instead of text: the scripting interface. */
  json?: boolean;
  /** Show a prompt and a banner (a person at a terminal, not a pipe). */
  interactive?: boolean;
  /** Printed first in interactive mode. */
  banner?: string;
  /** Where pictures (a timeline) are written (default: `alash-bot` in the system's temporary folder). */
  imageDir?: string;
}

/** The shape of one `--json` output line. Keep it stable: scripts depend on it. */
export interface JsonLine {
  /** The input line this answers; null for quiz messages that arrive on their own timer. */
  input: string | null;
  /** The reply as plain text. */
  text: string;
  /** Ids of the knowledge entries the reply drew on; empty when nothing matched. */
  sources: string[];
  /** The PNG file written for a reply with a picture (a timeline); absent otherwise. */
  image?: string;
}

/**
 * The terminal chat: each input line is one message from one local user in a private chat.
 * Lines are answered strictly in order, each reply printed as soon as it is ready. Resolves
 * at the end of input.
 */
export async function runTerminal(core: Core, options: TerminalOptions): Promise<void> {
  const { input, output, json = false, interactive = false } = options;
  const context: Context = {
    chat: { platform: 'terminal', id: 'terminal', kind: 'private' },
    user: { id: 'local', name: process.env.USER || 'you' },
    addressed: true,
    // The person at the terminal owns the chat, so admin-only commands work for them.
    isAdmin: async () => true,
  };
  const print = async (reply: Reply, line: string | null): Promise<void> => {
    const image = reply.image ? saveImage(reply.image, options.imageDir ?? join(tmpdir(), 'alash-bot')) : undefined;
    const plain = image ? `${replyToText(reply)}\n\n${say('ui.label.picture', { file: image }, reply.language)}\n${reply.image!.alt}` : replyToText(reply);
    const out: JsonLine = { input: line, text: plain, sources: reply.entries, ...(image ? { image } : {}) };
    const text = json ? `${JSON.stringify(out)}\n` : `${plain}\n\n`;
    // A slow reader (a pipe) holds the next answer back instead of letting replies pile up in memory.
    if (!output.write(text)) await drained(output);
  };

  const table = terminalTable(print);
  await core.quiz.attach('terminal', table);
  core.daily.attach('terminal', table);
  const rl = createInterface({ input, terminal: false });
  if (interactive && options.banner) output.write(`${options.banner}\n\n`);
  const prompt = () => interactive && output.write('> ');
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line) {
        prompt();
        continue;
      }
      if (interactive && /^(exit|quit|\\q)$/i.test(line)) break;
      const reply = await core.handleText(line, context);
      if (reply) await print(reply, line);
      prompt();
    }
  } finally {
    rl.close();
    core.quiz.detach('terminal');
    core.daily.detach('terminal');
  }
}

/** Writes a reply's picture to a new file and returns its path. */
function saveImage(image: NonNullable<Reply['image']>, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const base = image.name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/\.png$/i, '') || 'image';
  const file = join(dir, `${base}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.png`);
  writeFileSync(file, image.png);
  return file;
}

/**
 * Resolves once everything written to `output` has been handed to the operating system, or the
 * reader went away. Call it before `process.exit`: stdout to a pipe is asynchronous, and exiting
 * with writes still queued loses them.
 */
export function flushed(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    if (output.destroyed || output.writableEnded) return resolve();
    const done = () => {
      output.off('error', done);
      resolve();
    };
    output.once('error', done);
    // Writes complete in order: the callback of an empty write runs after every earlier one.
    output.write('', () => done());
  });
}

function drained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('error', done);
      output.off('close', done);
      resolve();
    };
    output.once('drain', done);
    output.once('error', done);
    output.once('close', done);
  });
}

/** The quiz in the terminal: questions as numbered lines, answered by typing the number. */
function terminalTable(print: (reply: Reply, line: string | null) => Promise<void>): QuizTable {
  return {
    typedAnswers: true,
    async ask(_chat, question) {
      await print(
        {
          kind: 'quiz',
          title: say('quiz.questionTitle', { number: question.number, total: question.total }, question.language),
          body: `${question.question}\n${say('quiz.secondsToAnswer', { count: question.seconds }, question.language)} ${say('quiz.typeNumber', { max: question.options.length }, question.language)}`,
          entries: [],
          quiz: question,
        },
        null,
      );
      return { ref: question.id };
    },
    async post(_chat, reply) {
      await print(reply, null);
    },
  };
}
