import { describe, expect, it, vi } from 'vitest';
import leaderboard from '../commands/leaderboard';
import type { ChatRef, Context, UserRef } from '../src/core/chat';
import type { Command } from '../src/core/command';
import { Core } from '../src/core/core';
import { silentLogger } from '../src/core/log';
import { APOLOGY } from '../src/core/reply';
import { CommandRouter, type Route } from '../src/core/router';
import { newCommand } from './fakes/new-commands';
import { fixtureKnowledge } from './fakes/telegram-setup';

const reply = (body: string) => ({ kind: 'answer' as const, body, entries: [] });
const cmd = (name: string, extra: Partial<Command> = {}): Command => ({
  name,
  description: `The ${name} command`,
  options: [{ name: 'text', description: 'Anything', type: 'string' }],
  handle: ({ text }) => reply(`${name}:${text}`),
  ...extra,
});

const commands = [
  cmd('who', { aliases: ['kim'] }),
  cmd('when'),
  cmd('what'),
  cmd('help', { aliases: ['komek'] }),
  cmd('about', { hidden: true }),
  cmd('quiz', { options: [{ name: 'questions', description: 'How many', type: 'integer' }] }),
];
const router = new CommandRouter(commands, silentLogger());

/** A route as names, for comparing. */
function read(text: string, addressed = false): { type: string; name?: string; text?: string; word?: string } {
  const r: Route = router.read(text, addressed);
  return r.type === 'command' ? { type: 'command', name: r.command.name, text: r.text } : r;
}

const group: ChatRef = { platform: 'telegram', id: '-100', kind: 'group' };
const dm: ChatRef = { platform: 'telegram', id: '5', kind: 'private' };
const alice: UserRef = { id: 'a', name: 'Alice' };
const ctx = (extra: Partial<Context> = {}): Context => ({ chat: group, user: alice, addressed: true, ...extra });

describe('CommandRouter: reading text', () => {
  it.each([
    ['/alash who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/who@AlashBot Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/alash@AlashBot who Bukeikhanov', 'who', 'Bukeikhanov'],
    ['/kim Бөкейханов', 'who', 'Бөкейханов'],
    ['/WHO  Dulatov ', 'who', 'Dulatov'],
    ['!who Dulatov', 'who', 'Dulatov'],
    ['/help', 'help', ''],
    ['/alash', 'help', ''],
    ['alash who Dulatov', 'who', 'Dulatov'],
  ])('reads %s as a command', (text, name, rest) => {
    expect(read(text)).toEqual({ type: 'command', name, text: rest });
  });

  it('keeps an unknown slash command apart, so the core can say it is unknown or stay silent', () => {
    expect(read('/frobnicate x', true)).toEqual({ type: 'unknown', word: 'frobnicate' });
    expect(read('/weather@OtherBot')).toEqual({ type: 'unknown', word: 'weather' });
  });

  it('reads a bare command word only when the message is addressed to the bot', () => {
    expect(read('help', true)).toEqual({ type: 'command', name: 'help', text: '' });
    expect(read('help', false)).toEqual({ type: 'free', text: 'help' });
    expect(read('who Dulatov', true)).toEqual({ type: 'command', name: 'who', text: 'Dulatov' });
    expect(read('who Dulatov', false)).toEqual({ type: 'free', text: 'who Dulatov' });
  });

  it('reads an alias or a hidden command followed by words as a question, alone as the command', () => {
    expect(read('kim Dulatov', true)).toEqual({ type: 'free', text: 'kim Dulatov' });
    expect(read('komek', true)).toEqual({ type: 'command', name: 'help', text: '' });
    expect(read('about Dulatov', true)).toEqual({ type: 'free', text: 'about Dulatov' });
  });

  it('leaves questions free', () => {
    expect(read('what happened on 26 August 1920?')).toEqual({ type: 'free', text: 'what happened on 26 August 1920?' });
    expect(read('Alash Orda', true)).toEqual({ type: 'free', text: 'Alash Orda' });
    expect(read('/alash Alash Orda')).toEqual({ type: 'free', text: 'Alash Orda' });
  });

  it('parses options with the command\'s own parser, or into its first option', () => {
    expect(router.parse(router.find('who')!, 'Dulatov')).toEqual({ text: 'Dulatov' });
    expect(router.parse(router.find('quiz')!, '5')).toEqual({ questions: 5 });
    expect(router.parse(router.find('who')!, '')).toEqual({});
    expect(router.parse(leaderboard, 'clear')).toEqual({ action: 'reset' });
  });

  it('refuses two commands that claim one word', () => {
    expect(() => new CommandRouter([cmd('who'), cmd('kim', { aliases: ['who'] })], silentLogger())).toThrow(/"who" is already used by "who"/);
  });
});

describe('CommandRouter: requirements', () => {
  const core = {} as Core;
  const adminOnly = cmd('purge', { requires: ['admin'], handle: ({ context }) => reply(`purged by admin=${String(context.user.isAdmin)}`) });

  it('asks the adapter once, only for a command that requires admin, and runs it for an admin', async () => {
    const isAdmin = vi.fn(async () => true);
    expect((await router.run(router.find('who')!, {}, 'x', ctx({ isAdmin }), core)).body).toBe('who:x');
    expect(isAdmin).not.toHaveBeenCalled();
    expect((await router.run(adminOnly, {}, '', ctx({ isAdmin }), core)).body).toBe('purged by admin=true');
    expect(isAdmin).toHaveBeenCalledTimes(1);
  });

  it('refuses a non-admin, a failed check, and a context that cannot tell, without running the command', async () => {
    const handle = vi.fn(() => reply('ran'));
    const guarded = { ...adminOnly, handle };
    for (const context of [ctx({ isAdmin: async () => false }), ctx({ isAdmin: () => Promise.reject(new Error('403')) }), ctx()]) {
      expect(await router.run(guarded, {}, '', context, core)).toMatchObject({ kind: 'error', ephemeral: true, body: 'Only chat admins can do that.' });
    }
    expect(handle).not.toHaveBeenCalled();
  });

  it('takes an admin status the context already knows', async () => {
    const isAdmin = vi.fn(async () => false);
    expect((await router.run(adminOnly, {}, '', ctx({ user: { ...alice, isAdmin: true }, isAdmin }), core)).body).toBe('purged by admin=true');
    expect(isAdmin).not.toHaveBeenCalled();
  });

  it('decides from the options when `requires` is a function (/leaderboard reset, not /leaderboard)', async () => {
    const isAdmin = vi.fn(async () => false);
    const quizless = await Core.create({ knowledge: fixtureKnowledge(), commands: [leaderboard] });
    for (const text of ['/leaderboard reset', '/scores clear', '/alash leaderboard reset', '/leaderboard@AlashBot reset']) {
      expect(await quizless.handleText(text, ctx({ isAdmin }))).toMatchObject({ kind: 'error', body: 'Only chat admins can do that.' });
    }
    expect(isAdmin).toHaveBeenCalledTimes(4);
    expect(await quizless.handleText('/leaderboard', ctx({ isAdmin }))).toMatchObject({ body: 'The quiz is not available right now.' });
    expect(await quizless.runCommand('leaderboard', {}, ctx({ isAdmin }))).toMatchObject({ body: 'The quiz is not available right now.' });
    expect(isAdmin).toHaveBeenCalledTimes(4);
  });

  it('checks group and private chats', async () => {
    const groupOnly = cmd('daily', { requires: ['group'] });
    const dmOnly = cmd('mine', { requires: ['private'] });
    expect((await router.run(groupOnly, {}, '', ctx(), core)).body).toBe('daily:');
    expect(await router.run(groupOnly, {}, '', ctx({ chat: dm }), core)).toMatchObject({ kind: 'error', body: 'That works in group chats only.' });
    expect((await router.run(dmOnly, {}, '', ctx({ chat: dm }), core)).body).toBe('mine:');
    expect(await router.run(dmOnly, {}, '', ctx(), core)).toMatchObject({ kind: 'error', body: 'That works in a private chat with me only.' });
  });

  it('lets a command ask for itself, at most once per request', async () => {
    const isAdmin = vi.fn(async () => true);
    const twice = cmd('stop', { handle: async (r) => reply(`${String(await r.isAdmin())} ${String(await r.isAdmin())}`) });
    expect((await router.run(twice, {}, '', ctx({ isAdmin }), core)).body).toBe('true true');
    expect(isAdmin).toHaveBeenCalledTimes(1);
  });

  it('answers a command that throws with the one apology', async () => {
    const boom = cmd('boom', { handle: () => { throw new Error('secret'); } });
    expect(await router.run(boom, {}, '', ctx(), core)).toEqual({ kind: 'error', body: APOLOGY, entries: [], ephemeral: true });
  });
});

describe('a command defined only here, through the core', () => {
  it('works as /x, x args (addressed), /alash x args and /x@Bot args; unknown commands stay silent in groups', async () => {
    const core = await Core.create({ knowledge: fixtureKnowledge(), commands: [], extraCommands: [newCommand] });
    const unaddressed = ctx({ addressed: false });
    expect((await core.handleText('/x', unaddressed))!.body).toBe('x count=undefined word=undefined addressed=true');
    expect((await core.handleText('x 3 ab', ctx()))!.body).toBe('x count=3 word=ab addressed=true');
    expect((await core.handleText('/alash x 4 cd', unaddressed))!.body).toBe('x count=4 word=cd addressed=true');
    expect((await core.handleText('/X@AlashBot 5', unaddressed))!.body).toBe('x count=5 word=undefined addressed=true');
    expect((await core.runCommand('x', { count: 6 }, ctx()))!.body).toBe('x count=6 word=undefined addressed=true');
    expect(await core.handleText('x 3 ab', unaddressed)).toBeNull();
    expect(await core.handleText('/weather', unaddressed)).toBeNull();
    expect(await core.handleText('/weather', ctx({ chat: dm, addressed: false }))).toMatchObject({ kind: 'error', body: expect.stringContaining('"weather"') });
  });
});

describe('/help', () => {
  it('is written once per language and platform, frozen, and lists what that platform registers', async () => {
    const core = await Core.create({ knowledge: fixtureKnowledge() });
    const on = (platform: ChatRef['platform'], language: 'en' | 'ru') =>
      core.handleText('/help', { chat: { platform, id: '1', kind: 'private' }, user: alice, addressed: true, language });
    const telegram = await on('telegram', 'en');
    expect(telegram?.kind).toBe('help');
    expect(telegram?.title).toBe('Alash history bot');
    expect(Object.isFrozen(telegram) && Object.isFrozen(telegram!.entries)).toBe(true);
    expect(await on('telegram', 'en')).toBe(telegram);
    const russian = await on('telegram', 'ru');
    expect(russian).not.toBe(telegram);
    expect(russian?.language).toBe('ru');
    // /start is a Telegram and terminal command: Discord's list leaves it out.
    expect(telegram?.body).toMatch(/^\/start\b/m);
    expect((await on('discord', 'en'))?.body).not.toMatch(/^\/start\b/m);
    // Another core (other commands) has its own.
    const other = await Core.create({ knowledge: fixtureKnowledge() });
    expect(await other.handleText('/help', { chat: dm, user: alice, addressed: true, language: 'en' })).not.toBe(telegram);
    await core.quiz.close();
    await other.quiz.close();
  });
});
