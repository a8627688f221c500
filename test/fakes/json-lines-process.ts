import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One line a test's child process prints: JSON with an `event` name. */
export interface Line {
  event: string;
  [k: string]: unknown;
}

/**
 * A child process (a bot, for crash tests) run from TypeScript with tsx, printing JSON lines on
 * stdout. `next` waits for the first line, past or future, that passes a test.
 */
export class JsonLinesProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: Line[] = [];
  readonly exited: Promise<NodeJS.Signals | number | null>;
  stderr = '';
  private waiters: { test: (l: Line) => boolean; resolve: (l: Line) => void }[] = [];

  constructor(script: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    createInterface({ input: this.child.stdout }).on('line', (text) => {
      if (!text.startsWith('{')) return;
      const line = JSON.parse(text) as Line;
      this.lines.push(line);
      this.waiters = this.waiters.filter((w) => (w.test(line) ? (w.resolve(line), false) : true));
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve(signal ?? code)));
  }

  next(test: (l: Line) => boolean, what: string, timeoutMs = 30_000): Promise<Line> {
    const seen = this.lines.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ test, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  }

  /** Sends one JSON command line on stdin. */
  send(command: object): void {
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
  }
}
