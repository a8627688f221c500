import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/core/log';

/** One cell of a fault-injection table: an API method given one off-spec answer, and what the user got. */
export interface Outcome {
  method: string;
  fault: string;
  survived: boolean;
  user: string;
}

/** A logger at debug level whose whole output the test can read, to check no token reaches it. */
export function capturingLogger(): { logger: Logger; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('debug', false, { destination }), text: () => text };
}
