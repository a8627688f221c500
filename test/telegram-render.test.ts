import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import type { Chat, Message } from 'grammy/types';
import { readMessage } from '../src/adapters/telegram/bot';
import { menuOf } from '../src/adapters/telegram/commands';
import { explanation } from '../src/adapters/telegram/quiz-table';
import { MAX_MESSAGES, decodeAction, encodeAction, escapeHtml, renderReply } from '../src/adapters/telegram/render';
import { checkHtml, groupChat, privateChat, textMessage, user } from './fakes/telegram-api';
import { testCommands } from './fakes/telegram-setup';

describe('telegram render', () => {
  it('escapes the four characters HTML parse mode treats specially', () => {
    expect(escapeHtml(`<b>"Alash" & Co</b>`)).toBe('&lt;b&gt;&quot;Alash&quot; &amp; Co&lt;/b&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('callback data round-trips, is at most 64 bytes, and rejects what the bot did not make', () => {
    expect(decodeAction(encodeAction('/about bukeikhanov'))).toBe('/about bukeikhanov');
    expect(encodeAction('/who ' + 'Б'.repeat(30))).toBeUndefined(); // 66 bytes in UTF-8
    for (const data of [undefined, '', 'a:', 'b:/who x', 'a:\n/who', 'a:' + 'x'.repeat(63)]) expect(decodeAction(data)).toBeUndefined();
  });

  it('makes links only of http(s) URLs, escaped', () => {
    const { texts } = renderReply({
      kind: 'answer',
      body: 'b',
      entries: [],
      sources: [
        { key: 'A', title: 'Good', url: 'https://example.org/?a=1&b="2"' },
        { key: 'B', title: 'Bad', url: 'javascript:alert(1)' },
      ],
    });
    expect(texts[0]).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">Good</a>');
    expect(texts[0]).toContain('• Bad');
    expect(texts[0]).not.toContain('javascript');
  });

  it('splits a text without spaces or line breaks and never breaks an escape or a surrogate pair', () => {
    const body = ('&🙂<'.repeat(3000));
    const { texts } = renderReply({ kind: 'answer', title: 'T', body, entries: [] }, 4096);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(4096);
      expect(() => checkHtml(t)).not.toThrow();
      expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no lone high surrogate
    }
  });

  it(`trims an answer longer than ${MAX_MESSAGES} messages and says so`, () => {
    const body = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ` + 'word '.repeat(100)).join('\n\n');
    const { texts } = renderReply({ kind: 'answer', body, entries: [] });
    expect(texts).toHaveLength(MAX_MESSAGES);
    expect(texts.at(-1)).toContain('(Answer shortened.)');
  });

  it('renders fields as labelled lines and every output is valid Telegram HTML', () => {
    const { texts } = renderReply({ kind: 'answer', title: 'A <b>', body: 'x & y', fields: [{ name: 'Born <', value: '1866 & "c."' }], entries: [] });
    expect(texts).toEqual(['<b>A &lt;b&gt;</b>\nx &amp; y\n\n<b>Born &lt;:</b> 1866 &amp; &quot;c.&quot;']);
    expect(() => checkHtml(texts[0]!)).not.toThrow();
  });

  it('renders a reply the core reuses (frozen) once, the same as a fresh copy', () => {
    const library = new Library(loadKnowledge('knowledge'));
    const reused = library.answer('who was Bukeikhanov?');
    expect(Object.isFrozen(reused)).toBe(true);
    const first = renderReply(reused);
    expect(renderReply(reused)).toBe(first);
    expect(renderReply(structuredClone(reused))).toEqual(first);
    expect(first.texts[0]).toMatch(/Bukeikhanov/);
  });
});

describe('telegram: reading messages', () => {
  const me = { id: 7000001, is_bot: true as const, first_name: 'Alash', username: 'AlashBot' };
  const u = user(1);
  const group = groupChat();
  const msg = (text: string, chat: Chat = group) => textMessage(chat, u, text).message as Message;

  it('tells commands for this bot from commands for others', () => {
    expect(readMessage(msg('/who@OtherBot X'), me)).toBeNull();
    expect(readMessage(msg('/who@alashbot X'), me)).toEqual({ text: '/who X', addressed: true });
    // Without a bot's name, the core's router decides whether the command is ours.
    expect(readMessage(msg('/who X'), me)).toEqual({ text: '/who X', addressed: false });
    expect(readMessage(msg('/weather'), me)).toEqual({ text: '/weather', addressed: false });
    expect(readMessage(msg('/weather', privateChat(u)), me)).toEqual({ text: '/weather', addressed: true });
  });

  it('strips the mention and keeps other @names', () => {
    expect(readMessage(msg('@AlashBot who was  Bukeikhanov? cc @dana'), me)).toEqual({ text: 'who was Bukeikhanov? cc @dana', addressed: true });
    expect(readMessage(msg('mail me at x@AlashBot.org'), me)?.addressed).toBe(false);
    expect(readMessage(msg('@AlashBotFan hi'), me)?.addressed).toBe(false);
  });

  it('quiz explanations keep at most two line feeds and 200 characters', () => {
    const e = explanation('a\nb\nc\nd ' + 'x'.repeat(300));
    expect(e.split('\n')).toHaveLength(3);
    expect(e.length).toBeLessThanOrEqual(200);
  });

  it('the menu has every listed command with a valid description', () => {
    const menu = menuOf([...testCommands, { name: 'secret', description: 'x', hidden: true, options: [], handle: () => ({ kind: 'help', body: '', entries: [] }) }]);
    expect(menu.map((m) => m.command)).toEqual(testCommands.map((c) => c.name));
  });
});
