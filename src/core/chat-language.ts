import type { ChatRef } from './chat';
import type { Language } from './language';
import { Recent } from './recent';
import type { QuizStore } from './quiz/store';

/** The store calls a chat's language needs (every `QuizStore` has them). */
export type LanguageStore = Pick<QuizStore, 'chatSettings' | 'updateChatSettings'>;

export interface ChatLanguagesOptions {
  /** How long a chat's language is remembered before the store is read again, in milliseconds (default 60 000), so a change made by another instance shows within a minute. */
  ttlMs?: number;
  /** Most chats remembered at once; the least recently read is forgotten first (default 10 000). */
  maxChats?: number;
  /** Default: `Date.now`. Tests pass a fake clock. */
  now?: () => number;
}

/**
 * Each chat's fixed reply language (`/lang kk`), read for every request: kept in the store's
 * chat settings and cached per chat, so a request costs a store read at most once a minute per
 * chat. `set` writes through and updates the cache at once. Without a store the settings live in
 * memory and are lost on restart. A store that fails to answer gives `undefined` (automatic)
 * for that request, uncached: a reply in the asker's language beats no reply.
 */
export class ChatLanguages {
  private readonly cache: Recent<{ language: Language | undefined; until: number }>;
  private readonly memory = new Map<string, Language>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly store?: LanguageStore,
    options: ChatLanguagesOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.cache = new Recent(options.maxChats ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /** The chat's fixed language, or `undefined` when it answers in each asker's language. */
  async get(chat: ChatRef): Promise<Language | undefined> {
    const key = keyOf(chat);
    if (!this.store) return this.memory.get(key);
    const hit = this.cache.get(key);
    if (hit && hit.until > this.now()) return hit.language;
    let language: Language | undefined;
    try {
      language = (await this.store.chatSettings(chat.platform, chat.id)).language;
    } catch {
      return undefined;
    }
    this.remember(key, language);
    return language;
  }

  /** Fixes the chat's language, or with `undefined` returns it to automatic. Throws when the store cannot write it. */
  async set(chat: ChatRef, language: Language | undefined): Promise<void> {
    const key = keyOf(chat);
    if (!this.store) {
      if (language) this.memory.set(key, language);
      else this.memory.delete(key);
      return;
    }
    this.cache.delete(key);
    await this.store.updateChatSettings(chat, { language: language ?? null });
    this.remember(key, language);
  }

  private remember(key: string, language: Language | undefined): void {
    this.cache.set(key, { language, until: this.now() + this.ttlMs });
  }
}

function keyOf(chat: ChatRef): string {
  return `${chat.platform}:${chat.id}`;
}
