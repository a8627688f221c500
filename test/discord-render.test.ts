import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import { loadCommands } from '../src/core/commands';
import { restOptions } from '../src/adapters/discord/client';
import { maskTokens } from '../src/adapters/discord/errors';
import { LIMITS, askId, fit, plain, readButton, renderQuestion, renderReply } from '../src/adapters/discord/render';
import { DiscordQuizTable } from '../src/adapters/discord/quiz-table';
import { alashCommand } from '../src/adapters/discord/slash';
import type { Reply } from '../src/core/reply';

/** Rendering is pure: these check Discord's limits and the escaping without a client. */

const long = (n: number, unit = 'word ') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function embedTotal(e: { title?: string; description?: string; fields?: { name: string; value: string }[] }): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('escaping', () => {
  it('escapes markdown, neutralises mentions and masked links', () => {
    const out = plain('**bold** _it_ `code` ~~s~~ ||spoiler|| # head\n> quote @everyone @here <@123> <@&5> <#7> [x](https://e.example)');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\_it\\_');
    expect(out).toContain('\\`code\\`');
    expect(out).toContain('\\|\\|spoiler\\|\\|');
    expect(out).not.toMatch(/@everyone|@here|<@123>|<@&5>|<#7>/);
    expect(out).not.toMatch(/(?<!\\)\[x\]/);
    expect(out).toContain('\n\\> quote');
    expect(plain('1917. A year\n  - item\n-# small')).toBe('1917\\. A year\n  \\- item\n\\-# small');
  });

  it('cuts within a limit without leaving a dangling escape', () => {
    const text = '*'.repeat(500);
    const out = fit(text, 101);
    expect(out.length).toBeLessThanOrEqual(101);
    expect(out.endsWith('…')).toBe(true);
    expect(out.replace('…', '')).toMatch(/^(\\\*)+$/);
  });
});

describe('renderReply', () => {
  it('keeps every embed limit with oversized content', () => {
    const reply: Reply = {
      kind: 'answer',
      title: long(400),
      body: long(9000),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `F${i} ${long(300)}`, value: long(2000) })),
      sources: Array.from({ length: 30 }, (_, i) => ({ key: `S${i}`, title: `Source ${i} ${long(80)}`, url: `https://example.org/${i}` })),
      entries: [],
      suggestions: Array.from({ length: 40 }, (_, i) => ({ label: `Follow ${i} ${long(100)}`, request: `/about entry-${i}` })),
    };
    const { embeds, components } = renderReply(reply);
    const e = embeds[0]!;
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embedTotal(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(e.fields!.at(-1)!.name).toBe('Sources');
    expect(components.length).toBeLessThanOrEqual(LIMITS.rows);
    const buttons = components.flatMap((r) => r.components) as { custom_id: string; label: string }[];
    expect(buttons.length).toBe(25);
    for (const row of components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of buttons) {
      expect(b.label.length).toBeLessThanOrEqual(LIMITS.label);
      expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    }
    expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(buttons.length);
  });

  it('skips a follow-up whose request does not fit a custom id, and drops duplicates', () => {
    const { components } = renderReply({
      kind: 'answer',
      body: 'x',
      entries: [],
      choices: [{ label: 'A', request: '/about a' }],
      suggestions: [
        { label: 'A again', request: '/about a' },
        { label: 'Too long', request: 'x'.repeat(120) },
      ],
    });
    const buttons = components.flatMap((r) => r.components) as { custom_id: string; style: number }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(['a:/about a']);
    expect(buttons[0]!.style).toBe(1); // choices are primary buttons
  });

  it('marks errors and ephemeral replies ephemeral, and nothing else', () => {
    expect(renderReply({ kind: 'error', body: 'no', entries: [] }).flags).toBe(64);
    expect(renderReply({ kind: 'quiz', body: 'ok', entries: [], ephemeral: true }).flags).toBe(64);
    expect(renderReply({ kind: 'answer', body: 'ok', entries: [] }).flags).toBeUndefined();
  });

  it('drops source links that are not plain http(s) addresses', () => {
    const { embeds } = renderReply({ kind: 'answer', body: 'x', entries: [], sources: [{ key: 'A', title: 'A [b]', url: 'javascript:alert(1)' }, { key: 'B', title: 'B', url: 'https://ok.example/x' }] });
    expect(embeds[0]!.fields![0]!.value).toBe('A b\n[B](https://ok.example/x)');
  });
});

describe('a reply the core reuses', () => {
  it('is rendered once (it is frozen), the same as a fresh copy', () => {
    const reused = new Library(loadKnowledge('knowledge')).answer('who was Bukeikhanov?');
    expect(Object.isFrozen(reused)).toBe(true);
    const first = renderReply(reused);
    expect(renderReply(reused)).toBe(first);
    expect(renderReply(structuredClone(reused))).toEqual(first);
    expect(first.embeds[0]!.description).toMatch(/Bukeikhanov/);
  });
});

describe('quiz question', () => {
  const q = { id: 'r1:2', number: 2, total: 5, question: 'When was Alash Orda formed?', options: ['1917', '1918', '1920'], correct: 0, explanation: '', seconds: 20 };

  it('has one primary button per option carrying the question id and option', () => {
    const { embeds, components } = renderQuestion(q);
    expect(embeds[0]!.title).toBe('Question 2/5');
    const buttons = components.flatMap((r) => r.components) as { custom_id: string; disabled?: boolean }[];
    expect(buttons.map((b) => b.custom_id)).toEqual(['q:r1:2:0', 'q:r1:2:1', 'q:r1:2:2']);
    expect(buttons.some((b) => b.disabled)).toBe(false);
    expect(readButton(buttons[1]!.custom_id)).toEqual({ type: 'quiz', questionId: 'r1:2', option: 1 });
  });

  it('disables every button once closed and shows the right one in green', () => {
    const buttons = renderQuestion(q, true).components.flatMap((r) => r.components) as { disabled?: boolean; style: number }[];
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(buttons.map((b) => b.style)).toEqual([3, 2, 2]);
  });
});

describe('custom ids', () => {
  it('reads what it writes and refuses anything else', () => {
    expect(readButton(askId('who dulatov')!)).toEqual({ type: 'ask', request: 'who dulatov' });
    for (const bad of ['', 'a:', 'a:   ', 'b:x', 'q:x', 'q:x:y', 'q:x:123', 'a:x\u0001', 'a:' + 'x'.repeat(120)]) expect(readButton(bad)).toBeNull();
    expect(askId('x'.repeat(99))).toBeNull();
  });
});

describe('the /alash command', () => {
  it('has a subcommand per listed command, with descriptions and mapped options', async () => {
    const commands = await loadCommands();
    const json = alashCommand(commands) as unknown as { name: string; options: { name: string; description: string; options: { name: string; type: number; required: boolean; autocomplete?: boolean }[] }[] };
    expect(json.name).toBe('alash');
    const names = json.options.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['who', 'when', 'what', 'search', 'help']));
    expect(names).not.toContain('start'); // Telegram's greeting
    expect(names).not.toContain('about'); // hidden: buttons use it
    for (const sub of json.options) expect(sub.description.length).toBeGreaterThan(0);
    const who = json.options.find((o) => o.name === 'who')!;
    expect(who.options[0]).toMatchObject({ name: 'name', type: 3, required: true, autocomplete: true });
  });

  it('maps integer options with bounds and fixed choices, required first', () => {
    const json = alashCommand([
      {
        name: 'quiz',
        description: 'A quiz',
        options: [
          { name: 'topic', description: 'Topic', type: 'string', choices: [{ name: 'Leaders', value: 'leaders' }], autocomplete: true },
          { name: 'count', description: 'How many', type: 'integer', min: 1, max: 20, required: true },
        ],
        handle: () => ({ kind: 'answer', body: '', entries: [] }),
      },
    ]) as unknown as { options: { options: Record<string, unknown>[] }[] };
    const [count, topic] = json.options[0]!.options;
    expect(count).toMatchObject({ name: 'count', type: 4, required: true, min_value: 1, max_value: 20 });
    expect(topic).toMatchObject({ name: 'topic', type: 3, required: false, choices: [{ name: 'Leaders', value: 'leaders' }] });
    expect(topic).not.toHaveProperty('autocomplete');
  });
});

describe('DISCORD_API_BASE', () => {
  it('becomes the REST api root, with or without a version', () => {
    expect(restOptions(undefined)).toEqual({});
    expect(restOptions('http://proxy:8080/api/')).toEqual({ api: 'http://proxy:8080/api' });
    expect(restOptions('http://proxy:8080/api/v10')).toEqual({ api: 'http://proxy:8080/api', version: '10' });
  });
});

describe('logging', () => {
  it('masks interaction tokens in logged routes', () => {
    expect(maskTokens('http://x/api/v10/webhooks/123/aW50ZXJhY3Rpb246secret/messages/@original')).toBe('http://x/api/v10/webhooks/123/:token/messages/@original');
    expect(maskTokens('http://x/api/v10/interactions/456/secret-token/callback?with_response=false')).toBe('http://x/api/v10/interactions/456/:token/callback?with_response=false');
  });
});

describe('the quiz table under sharding', () => {
  it('serves only the servers routed to its shards, and DMs on shard 0', () => {
    const rest = {} as never;
    // Discord routes a server to shard (id >> 22) % count.
    const onShard0 = String(2 << 22);
    const onShard1 = String(3 << 22);
    const shard0 = new DiscordQuizTable(rest, { ids: [0], count: 2 });
    const shard1 = new DiscordQuizTable(rest, { ids: [1], count: 2 });
    const chat = (guildId?: string) => ({ platform: 'discord' as const, id: 'c', kind: guildId ? ('group' as const) : ('private' as const), guildId });
    expect([shard0.serves(chat(onShard0)), shard1.serves(chat(onShard0))]).toEqual([true, false]);
    expect([shard0.serves(chat(onShard1)), shard1.serves(chat(onShard1))]).toEqual([false, true]);
    expect([shard0.serves(chat()), shard1.serves(chat())]).toEqual([true, false]);
    expect(new DiscordQuizTable(rest).serves(chat(onShard1))).toBe(true);
  });
});

describe('source links', () => {
  it('keeps a link whose URL has parentheses, and drops one that is not http(s)', () => {
    const rendered = renderReply({
      kind: 'answer',
      body: 'x',
      entries: [],
      sources: [
        { key: 'WP', title: 'Wikipedia: Alash (party)', url: 'https://en.wikipedia.org/wiki/Alash_(party)' },
        { key: 'X', title: 'Bad', url: 'javascript:alert(1)' },
      ],
    });
    const value = rendered.embeds[0]!.fields!.find((f) => f.name === 'Sources')!.value;
    expect(value).toContain('(https://en.wikipedia.org/wiki/Alash_%28party%29)');
    expect(value).not.toContain('javascript:');
  });
});
