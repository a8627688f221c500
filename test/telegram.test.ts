import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import type { ChatRef } from '../src/core/chat';
import {
  FakeBotApi,
  botMessage,
  callbackQuery,
  editedMessage,
  forwardedMessage,
  groupChat,
  inlineQuery,
  photoMessage,
  pollAnswer,
  privateChat,
  replyTo,
  stickerMessage,
  textMessage,
  user,
  type RecordedCall,
} from './fakes/telegram-api';
import { adminCommand, newCommand } from './fakes/new-commands';
import { RecordingQuiz, fastThrottle, recordingLogger, testCore } from './fakes/telegram-setup';

/**
 * The real grammY bot built by the adapter, long polling a fake Bot API on 127.0.0.1 through
 * the same apiRoot setting a deployment sets with TELEGRAM_API_ROOT.
 */
let fake: FakeBotApi;
let telegram: TelegramHandle;
const quiz = new RecordingQuiz();
const log = recordingLogger();
let nextUserId = 100;

beforeAll(async () => {
  fake = await FakeBotApi.start();
  const core = await testCore(quiz, [newCommand, adminCommand]);
  telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, log.logger);
});

afterAll(async () => {
  await telegram?.stop();
  await fake?.close();
});

/** A fresh private chat, so every test reads only its own replies. */
function newUser(name = 'Aigerim') {
  const u = user(nextUserId++, name);
  return { user: u, chat: privateChat(u) };
}

const sentTo = (chatId: number) => (c: RecordedCall) => c.method === 'sendMessage' && c.params.chat_id === chatId;

/** Pushes a text and waits for the bot's first reply in that chat after it. */
async function ask(chat: Parameters<typeof textMessage>[0], from: Parameters<typeof textMessage>[1], text: string): Promise<RecordedCall> {
  const before = fake.calls.length;
  fake.push(textMessage(chat, from, text));
  return fake.waitFor((c) => fake.calls.indexOf(c) >= before && sentTo(chat.id)(c));
}

/**
 * Asserts that `silent` gets no reply: a marker message in the same chat is handled after it
 * (updates of a chat are handled in order), so once the marker is answered, silence is proven.
 */
async function expectSilence(chat: Parameters<typeof textMessage>[0], from: Parameters<typeof textMessage>[1], push: () => void): Promise<void> {
  const before = fake.calls.length;
  push();
  const marker = await ask(chat, from, '/say marker');
  const replies = fake.calls.slice(before).filter(sentTo(chat.id));
  expect(replies).toEqual([marker]);
  expect(String(marker.params.text)).toContain('marker');
}

describe('telegram: start-up', () => {
  it('checks the token, clears any webhook and registers the command menu from commands/', async () => {
    await fake.waitFor((c) => c.method === 'getUpdates');
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf('getMe')).toBeLessThan(methods.indexOf('getUpdates'));
    expect(methods).toContain('deleteWebhook');
    const [menu] = fake.callsOf('setMyCommands');
    const commands = (menu!.params.commands as { command: string; description: string }[]).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['who', 'when', 'what', 'search', 'help', 'start']));
    expect(commands).not.toContain('about'); // hidden: buttons use it
    for (const c of menu!.params.commands as { description: string }[]) {
      expect(c.description.length).toBeGreaterThanOrEqual(3);
      expect(c.description.length).toBeLessThanOrEqual(256);
    }
    const poll = fake.callsOf('getUpdates')[0]!;
    expect(poll.params.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'inline_query', 'poll_answer']));
  });

  it('attaches the quiz table', () => {
    expect(quiz.tables.get('telegram')).toBeDefined();
  });
});

describe('telegram: private chats', () => {
  it('/start greets in HTML', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/start');
    expect(sent.params.parse_mode).toBe('HTML');
    expect(sent.params.text).toContain('<b>Alash history bot</b>');
    expect(sent.params.link_preview_options).toEqual({ is_disabled: true });
    expect(sent.params.reply_parameters).toBeUndefined(); // private chats need no quoting
  });

  it('/help lists the commands with escaped placeholders', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/help');
    const text = String(sent.params.text);
    expect(text).toContain('/who &lt;name&gt;');
    expect(text).not.toContain('<name>');
  });

  it('escapes user text and names in HTML replies', async () => {
    const { user: u, chat } = newUser('<i>Evil</i> & co');
    const sent = await ask(chat, u, '/say <b>bold</b> & "quoted" <a href="x">');
    const text = String(sent.params.text);
    expect(text).toContain('Said by &lt;i&gt;Evil&lt;/i&gt; &amp; co');
    expect(text).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &lt;a href=&quot;x&quot;&gt;');
    expect(text).not.toMatch(/<(?!\/?b>)[a-z]/); // the only tag is the bot's own <b> title
  });

  it('/who answers with fields, sources as escaped links, a More button and a follow-up button', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/who Bukeikhanov');
    const text = String(sent.params.text);
    expect(text).toMatch(/^<b>Alikhan Bukeikhanov<\/b>/);
    expect(text).toContain('<b>Born:</b> 5 March 1866');
    expect(text).toContain('<a href="https://example.org/alash?entry=1&amp;lang=en">Encyclopedia of &quot;Alash&quot; &amp; Co &lt;1917&gt;</a>');
    expect(text).toContain('A book without a link');
    expect(sent.params.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'More', callback_data: 'a:/more bukeikhanov' }, { text: 'Akhmet Baitursynov', callback_data: 'a:/about baitursynov' }]],
    });
  });

  it('every message in a private chat is a question', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, 'who was Baitursynov?');
    expect(String(sent.params.text)).toContain('<b>Akhmet Baitursynov</b>');
  });

  it('splits a long answer under 4096 characters at paragraph boundaries, keyboard on the last part', async () => {
    const { user: u, chat } = newUser();
    fake.push(textMessage(chat, u, '/long'));
    const parts = await fake.waitForCount('sendMessage', 3, (c) => c.params.chat_id === chat.id);
    for (const p of parts) {
      expect(p.params.parse_mode).toBe('HTML');
      expect(String(p.params.text).length).toBeLessThanOrEqual(4096);
      expect(String(p.params.text)).toMatch(/^(<b>Long<\/b>|Paragraph \d+)/); // cut between paragraphs
    }
    const all = parts.map((p) => String(p.params.text)).join('\n\n');
    expect(all).toContain('Paragraph 40 &lt;xxxxxxxxxxxxxxxxxxxx&gt; &amp;');
    expect(parts.slice(0, -1).every((p) => p.params.reply_markup === undefined)).toBe(true);
    expect(parts.at(-1)!.params.reply_markup).toEqual({ inline_keyboard: [[{ text: 'More', callback_data: 'a:/say more' }]] });
  });

  it('offers choices as buttons, leaving out a request over 64 bytes', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/pick');
    expect(sent.params.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: 'First <one>', callback_data: 'a:/say first' }],
        [{ text: 'Second', callback_data: 'a:/say second' }],
        [{ text: 'Again', callback_data: 'a:/pick' }],
      ],
    });
    expect(String(sent.params.text)).toContain('Did you mean: Far too long?');
  });

  it('asks which person is meant when several match, with a button for each', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/who Dosmukhamedov');
    const rows = (sent.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard;
    expect(rows.flat().map((b) => b.callback_data)).toEqual(['a:/about khalel-dosmukhamedov', 'a:/about zhansha-dosmukhamedov']);
  });

  it('a valid button press is acknowledged and answered', async () => {
    const { user: u, chat } = newUser();
    const before = fake.calls.length;
    const update = callbackQuery(u, botMessage(chat, fake.me, 'Pick one.'), 'a:/about zhansha-dosmukhamedov');
    fake.push(update);
    const sent = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && sentTo(chat.id)(c));
    expect(String(sent.params.text)).toContain('<b>Zhansha Dosmukhamedov</b>');
    const ack = fake.callsOf('answerCallbackQuery').find((c) => c.params.callback_query_id === update.callback_query!.id)!;
    expect(ack.params.text).toBeUndefined();
  });

  it('old or forged buttons get a short answer and nothing else', async () => {
    const { user: u, chat } = newUser();
    const forged = ['zz:whatever', 'a:', 'a:\u0000/say x', '{"json":true}', `a:/say ${'z'.repeat(80)}`];
    const ids: string[] = [];
    await expectSilence(chat, u, () => {
      for (const data of forged) {
        const update = callbackQuery(u, botMessage(chat, fake.me, 'old'), data);
        ids.push(update.callback_query!.id);
        fake.push(update);
      }
    });
    const acks = fake.callsOf('answerCallbackQuery').filter((c) => ids.includes(String(c.params.callback_query_id)));
    expect(acks).toHaveLength(forged.length);
    for (const a of acks) expect(a.params.text).toBe('This button has expired.');
  });

  it('an empty command gets a short explanation', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/who');
    expect(String(sent.params.text)).toContain('Who should I look up?');
  });

  it('an unknown command gets a short reply naming the real ones', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/frobnicate now');
    expect(String(sent.params.text)).toMatch(/I don't know the command .*frobnicate/);
  });

  it('a message at the length limit gets a reply that fits', async () => {
    const { user: u, chat } = newUser();
    const sent = await ask(chat, u, '/say ' + '<&>'.repeat(1363) + 'x'); // 4096 characters, each <&> escaping to 13
    expect(String(sent.params.text).length).toBeLessThanOrEqual(4096);
  });

  it('if Telegram still refuses the HTML, the answer goes out once more as plain text', async () => {
    const { user: u, chat } = newUser();
    // The fault is for this test's reply: let earlier replies (a long one goes out in parts) finish first.
    await fake.drained();
    fake.fault('sendMessage', { type: 'error', code: 400, description: "Bad Request: can't parse entities: unsupported start tag" });
    fake.push(textMessage(chat, u, '/say plain <fallback>'));
    const [refused, plain] = await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === chat.id);
    expect(refused!.params.parse_mode).toBe('HTML');
    expect(plain!.params.parse_mode).toBeUndefined();
    expect(plain!.params.text).toContain('plain <fallback>');
  });

  it('stickers and photos get a short text-only note; edits are ignored', async () => {
    const { user: u, chat } = newUser();
    fake.push(stickerMessage(chat, u));
    const note = await fake.waitFor(sentTo(chat.id));
    expect(note.params.text).toMatch(/text messages only/);
    const before = fake.calls.filter(sentTo(chat.id)).length;
    fake.push(photoMessage(chat, u, 'a caption'));
    await fake.waitForCount('sendMessage', before + 1, (c) => c.params.chat_id === chat.id);
    await expectSilence(chat, u, () => fake.push(editedMessage(chat, u, '/say edited')));
  });

  it('a forwarded message in a private chat is read as a question', async () => {
    const { user: u, chat } = newUser();
    fake.push(forwardedMessage(chat, u, 'who was Baitursynov?', user(999, 'Someone else')));
    const sent = await fake.waitFor(sentTo(chat.id));
    expect(String(sent.params.text)).toContain('Akhmet Baitursynov');
  });
});

describe('telegram: groups', () => {
  const group = groupChat(-1001000000001);
  const member = user(501, 'Dana');

  it('stays silent on chatter', async () => {
    await expectSilence(group, member, () => {
      fake.push(textMessage(group, member, 'nice weather today'));
      fake.push(textMessage(group, member, 'Bukeikhanov was great')); // not a question
    });
  });

  it('answers a mention, quoting the asking message, without the @name', async () => {
    const before = fake.calls.length;
    const update = textMessage(group, member, '@AlashBot who was Bukeikhanov?');
    fake.push(update);
    const sent = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && sentTo(group.id)(c));
    expect(String(sent.params.text)).toContain('<b>Alikhan Bukeikhanov</b>');
    expect(sent.params.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    expect(sent.params.link_preview_options).toEqual({ is_disabled: true });
  });

  it('answers a reply to the bot', async () => {
    const before = fake.calls.length;
    fake.push(replyTo(group, member, 'and Baitursynov?', botMessage(group, fake.me, 'earlier answer') as Message));
    const sent = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && sentTo(group.id)(c));
    expect(String(sent.params.text)).toContain('Akhmet Baitursynov');
  });

  it('answers a date question nobody addressed to it (GROUP_REPLIES=dates)', async () => {
    const sent = await ask(group, member, 'what happened on 5 December 1917?');
    expect(String(sent.params.text)).toContain('Second All-Kazakh Congress');
  });

  it('answers /who@AlashBot, ignores /who@OtherBot and unknown commands meant for other bots', async () => {
    await expectSilence(group, member, () => {
      fake.push(textMessage(group, member, '/who@OtherBot Bukeikhanov'));
      fake.push(textMessage(group, member, '/weather'));
    });
    const sent = await ask(group, member, '/who@AlashBot Bukeikhanov');
    expect(String(sent.params.text)).toContain('<b>Alikhan Bukeikhanov</b>');
    const unknown = await ask(group, member, '/weather@AlashBot');
    expect(String(unknown.params.text)).toContain("I don't know the command");
  });

  it('/alash who X works too', async () => {
    const sent = await ask(group, member, '/alash who Baitursynov');
    expect(String(sent.params.text)).toContain('<b>Akhmet Baitursynov</b>');
  });

  it('ignores stickers, photos, edits and forwards in groups', async () => {
    await expectSilence(group, member, () => {
      fake.push(stickerMessage(group, member));
      fake.push(photoMessage(group, member, '@AlashBot look'));
      fake.push(editedMessage(group, member, '@AlashBot who was Bukeikhanov?'));
      fake.push(forwardedMessage(group, member, 'what happened on 5 December 1917?', user(998, 'Other')));
    });
  });

  it('runs an admin-only command for a chat admin, refuses a member, and asks getChatMember only for it', async () => {
    const admin = user(601, 'Admin');
    fake.setMember(group.id, admin.id, 'administrator');
    const before = fake.callsOf('getChatMember').length;
    const yes = await ask(group, admin, '/purge');
    expect(yes.params.text).toBe('purged by Admin');
    const no = await ask(group, member, '/purge@AlashBot');
    expect(no.params.text).toBe('Only chat admins can do that.');
    expect(fake.callsOf('getChatMember').slice(before).map((c) => [c.params.chat_id, c.params.user_id])).toEqual([
      [group.id, admin.id],
      [group.id, member.id],
    ]);
    await ask(group, member, '/x 1');
    await ask(group, member, '/leaderboard');
    expect(fake.callsOf('getChatMember')).toHaveLength(before + 2);
  });

  it('runs a command from outside commands/ with no adapter change: menu, /x, /alash x, x when mentioned', async () => {
    const [menu] = fake.callsOf('setMyCommands');
    expect((menu!.params.commands as { command: string }[]).map((c) => c.command)).toEqual(expect.arrayContaining(['x', 'purge']));
    expect((await ask(group, member, '/x')).params.text).toBe('x count=undefined word=undefined addressed=true');
    expect((await ask(group, member, '/x@AlashBot 2 ab')).params.text).toBe('x count=2 word=ab addressed=true');
    expect((await ask(group, member, '/alash x 3 cd')).params.text).toBe('x count=3 word=cd addressed=true');
    expect((await ask(group, member, '@AlashBot x 4 ef')).params.text).toBe('x count=4 word=ef addressed=true');
    const { user: u, chat } = newUser();
    expect((await ask(chat, u, 'x 5')).params.text).toBe('x count=5 word=undefined addressed=true');
    // Not addressed in a group: a bare word is chatter, `/x@OtherBot` another bot's.
    await expectSilence(group, member, () => {
      fake.push(textMessage(group, member, 'x 6 gh'));
      fake.push(textMessage(group, member, '/x@OtherBot 7'));
    });
  });
});

describe('telegram: inline mode', () => {
  it('@bot Bukeikhanov offers answer cards in HTML', async () => {
    const u = user(701, 'Inline');
    const update = inlineQuery(u, 'Bukeikhanov');
    fake.push(update);
    const answer = await fake.waitFor((c) => c.method === 'answerInlineQuery' && c.params.inline_query_id === update.inline_query!.id);
    const results = answer.params.results as { type: string; id: string; title: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(50);
    expect(results[0]!.type).toBe('article');
    expect(results[0]!.title).toBe('Alikhan Bukeikhanov');
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toContain('<b>Alikhan Bukeikhanov</b>');
    for (const r of results) expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
  });

  it('an empty inline query gets an empty answer, not an error', async () => {
    const update = inlineQuery(user(702), '');
    fake.push(update);
    const answer = await fake.waitFor((c) => c.method === 'answerInlineQuery' && c.params.inline_query_id === update.inline_query!.id);
    expect(answer.params.results).toEqual([]);
  });
});

describe('telegram: quiz polls', () => {
  const group = groupChat(-1001000000002, 'Quiz night');
  const chatRef: ChatRef = { platform: 'telegram', id: String(group.id), kind: 'group' };

  it('asks with a native, non-anonymous quiz poll and returns the poll id', async () => {
    const table = quiz.tables.get('telegram')!;
    const { ref } = await table.ask(chatRef, {
      id: 'r1:1',
      number: 1,
      total: 5,
      question: 'Who chaired the Alash Orda government?',
      options: ['Alikhan Bukeikhanov', 'Akhmet Baitursynov', 'Mirzhakyp Dulatov'],
      correct: 0,
      explanation: 'Bukeikhanov was elected chairman in December 1917.',
      seconds: 30,
    });
    const poll = fake.callsOf('sendPoll').at(-1)!.params;
    expect(poll.chat_id).toBe(group.id);
    expect(poll.type).toBe('quiz');
    expect(poll.is_anonymous).toBe(false);
    expect(poll.correct_option_ids).toEqual([0]);
    expect(poll.explanation).toBe('Bukeikhanov was elected chairman in December 1917.');
    expect(poll.open_period).toBe(30);
    expect(poll.question).toBe('1/5. Who chaired the Alash Orda government?');
    expect(poll.options).toEqual([{ text: 'Alikhan Bukeikhanov' }, { text: 'Akhmet Baitursynov' }, { text: 'Mirzhakyp Dulatov' }]);
    expect(fake.polls.has(ref)).toBe(true);
  });

  it('keeps within Telegram poll limits', async () => {
    const table = quiz.tables.get('telegram')!;
    await table.ask(chatRef, {
      id: 'r1:2',
      number: 2,
      total: 5,
      question: 'Q'.repeat(400),
      options: ['o'.repeat(150), 'short'],
      correct: 1,
      explanation: 'line\n'.repeat(5) + 'e'.repeat(300),
      seconds: 2,
    });
    const poll = fake.callsOf('sendPoll').at(-1)!.params;
    expect(String(poll.question).length).toBeLessThanOrEqual(300);
    for (const o of poll.options as { text: string }[]) expect(o.text.length).toBeLessThanOrEqual(100);
    expect(String(poll.explanation).length).toBeLessThanOrEqual(200);
    expect(String(poll.explanation).split('\n').length - 1).toBeLessThanOrEqual(2);
    expect(poll.open_period).toBe(5);
  });

  it('a poll answer reaches the quiz engine with the poll id as ref', async () => {
    const table = quiz.tables.get('telegram')!;
    const { ref } = await table.ask(chatRef, { id: 'r2:1', number: 1, total: 1, question: 'Year of the Second All-Kazakh Congress?', options: ['1916', '1917', '1920'], correct: 1, explanation: '', seconds: 20 });
    const player = user(801, 'Player');
    fake.push(pollAnswer(ref, player, [1]));
    const answer = await quiz.next((a) => a.ref === ref);
    expect(answer).toEqual({ platform: 'telegram', ref, user: { id: '801', name: 'Player' }, option: 1 });
    expect(fake.callsOf('sendPoll').at(-1)!.params.explanation).toBeUndefined();
  });

  it('close() stops the poll; post() sends a message', async () => {
    const table = quiz.tables.get('telegram')!;
    const view = { id: 'r3:1', number: 1, total: 1, question: 'Q?', options: ['a', 'b'], correct: 0, explanation: 'because', seconds: 10 };
    const { ref } = await table.ask(chatRef, view);
    await table.close!(chatRef, view, ref);
    const stop = fake.callsOf('stopPoll').at(-1)!;
    expect(stop.params.message_id).toBe(fake.polls.get(ref)!.message_id);
    expect(fake.polls.get(ref)!.poll!.is_closed).toBe(true);
    await table.post(chatRef, { kind: 'quiz', title: 'Round over', body: 'Dana <3> wins', entries: [] });
    const sent = fake.callsOf('sendMessage').at(-1)!;
    expect(sent.params.chat_id).toBe(group.id);
    expect(sent.params.text).toBe('<b>Round over</b>\nDana &lt;3&gt; wins');
  });
});

describe('telegram: robustness', () => {
  it('handled every update once and logged no failed update', async () => {
    await fake.drained();
    expect(log.lines.filter((l) => l.msg === 'telegram update failed')).toEqual([]);
    expect(JSON.stringify(log.lines)).not.toContain(fake.token);
  });
});
