import type { GroupReplies } from '../config';
import type { Completion } from './core';
import type { Knowledge } from './knowledge/load';
import type { Reply } from './reply';

/** Work in progress: the searchable knowledge. */
export class Library {
  constructor(readonly knowledge: Knowledge) {}
  greeting(): Reply {
    return { kind: 'help', body: 'Ask me about the Alash movement.', entries: [] };
  }
  isForUs(_text: string, _mode: GroupReplies): boolean {
    return false;
  }
  answer(text: string): Reply {
    return { kind: 'not-found', body: `I don't know about "${text}" yet.`, entries: [] };
  }
  complete(_partial: string, _limit: number): Completion[] {
    return [];
  }
}
