import { Writable } from 'node:stream';
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { describeError, typedError } from '../src/adapters/telegram/errors';
import { loggable } from '../src/adapters/discord/errors';
import { findDates } from '../src/core/dates';
import { NetworkError, PlatformError, oneLine } from '../src/core/errors';
import { readInput } from '../src/core/input';
import { createLogger, errorFields, maskSecrets } from '../src/core/log';
import { foldText, foldWord } from '../src/core/normalise';

const TOKEN = '7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';

/** Errors of every shape an error path may meet. */
function oddErrors(): unknown[] {
  const throwing = Object.defineProperty(new Error('x'), 'message', { get: () => { throw new Error('getter'); } });
  const loop: { cause?: unknown; message: string } = { message: 'loop' };
  loop.cause = loop;
  return [
    undefined,
    null,
    'a string',
    42,
    {},
    { ok: false },
    Object.create(null),
    throwing,
    loop,
    new GrammyError("Call to 'setMyCommands' failed!", { ok: false } as never, 'setMyCommands', {}),
    new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 502, description: '<html><body>' + 'x'.repeat(5000) + '</body></html>' } as never, 'getMe', {}),
    new HttpError(`Network request for 'getMe' failed!`, new TypeError(`fetch failed for https://api.telegram.org/bot${TOKEN}/getMe`)),
    new HttpError(`Network request for 'getMe' failed!`, undefined),
  ];
}

describe('error paths never throw', () => {
  it('errorFields, describeError, loggable, typedError and oneLine survive every shape', () => {
    for (const error of oddErrors()) {
      expect(() => errorFields(error)).not.toThrow();
      expect(() => describeError(error, TOKEN)).not.toThrow();
      expect(() => loggable(error)).not.toThrow();
      expect(() => typedError(error)).not.toThrow();
      expect(() => oneLine(error)).not.toThrow();
      expect(JSON.stringify(describeError(error, TOKEN))).not.toContain(TOKEN);
    }
  });

  it('the logger writes every shape, masking the token wherever it appears', () => {
    let text = '';
    const destination = new Writable({ write: (chunk: Buffer, _e, done) => ((text += chunk.toString()), done()) });
    const log = createLogger('debug', false, { destination, secrets: [TOKEN] });
    for (const error of oddErrors()) log.warn({ err: error }, `failed: ${oneLine(error)}`);
    log.error(`start-up failed: GET /bot${TOKEN}/getMe answered 404`);
    expect(text.trim().split('\n')).toHaveLength(oddErrors().length + 1);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.split(':')[1]);
  });

  it('typed errors say what happened: no description, {"ok": false}, no answer', () => {
    const none = typedError(new GrammyError("Call to 'setMyCommands' failed!", { ok: false, error_code: 400 } as never, 'setMyCommands', {}));
    expect(none).toBeInstanceOf(PlatformError);
    expect(oneLine(none)).toBe('Telegram refused setMyCommands (400)');
    const bare = typedError(new GrammyError("Call to 'getMe' failed!", { ok: false } as never, 'getMe', {}));
    expect(oneLine(bare)).toBe('Telegram refused getMe: its answer said only that the call failed (no error code, no description)');
    const net = typedError(new HttpError(`Network request for 'sendMessage' failed!`, Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })));
    expect(net).toBeInstanceOf(NetworkError);
    expect(oneLine(net)).toBe('Could not reach Telegram for sendMessage: ECONNREFUSED');
  });

  it('maskSecrets masks listed values and token shapes it was not told about', () => {
    expect(maskSecrets(`POST /bot${TOKEN}/sendMessage`)).toBe('POST /bot[secret]/sendMessage');
    expect(maskSecrets(`token ${TOKEN} leaked`)).toBe('token [secret] leaked');
    expect(maskSecrets('/interactions/123456/aW50ZXJhY3Rpb246abc/callback')).toBe('/interactions/123456/[secret]/callback');
    expect(maskSecrets('plain words', ['words'])).toBe('plain [secret]');
  });
});

describe('work per message is bounded', () => {
  it('foldWord on a 4,000,000-letter word does not overflow the stack', () => {
    expect(foldWord('a'.repeat(4_000_000))).toBe('a');
    expect(foldText('Bukeikhannov')).toEqual(foldText('Bukeikhanov'));
  });

  it('readInput refuses over 4,096 characters and drops NUL and control characters', () => {
    expect('reply' in readInput('x'.repeat(4097))).toBe(true);
    expect(readInput('x'.repeat(4096))).toEqual({ text: 'x'.repeat(4096) });
    expect(readInput('who\u0000 was\u0007 Dulatov\u202e')).toEqual({ text: 'who was Dulatov' });
    expect(readInput('a\ud800b')).toEqual({ text: 'a\ufffdb' });
  });

  it('a date repeated 30,000 times is one date', () => {
    expect(findDates('1917- '.repeat(30_000)).map((d) => d.label)).toEqual(['1917']);
    expect(findDates('1917 and 1920 and 1917').map((d) => d.label)).toEqual(['1917', '1920']);
  });
});
