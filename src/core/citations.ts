import type { SourceInfo } from './knowledge/schema';
import type { SourceRef } from './reply';

/**
 * Cites sources inline and remembers them: `cite(['W-AB'])` returns `[W-AB]` for the text, and
 * `cite.list()` gives every key cited so far, in order of first use, as the reply's `sources`.
 * Weaker sources keep their flag in the title, so every reply says when a source is weak.
 */
export type Citations = ((keys: string[]) => string) & { list(): SourceRef[] };

export function citations(sources: Readonly<Record<string, SourceInfo>>): Citations {
  const used: string[] = [];
  const cite = ((keys: string[]) => {
    for (const k of keys) if (!used.includes(k)) used.push(k);
    return `[${keys.join(', ')}]`;
  }) as Citations;
  cite.list = () => sourceRefs(sources, used);
  return cite;
}

/** What each source key stands for, in the given order; an unknown key stands for itself. */
export function sourceRefs(sources: Readonly<Record<string, SourceInfo>>, keys: readonly string[]): SourceRef[] {
  return keys.map((key): SourceRef => {
    const s = sources[key];
    return { key, title: s ? `${s.title}${s.weak ? ' (weaker source)' : ''}` : key, url: s?.url };
  });
}
