import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { Entry, SourceList, isDisputed, type SourceInfo } from './schema';
import { parseDateText } from '../dates';

/** Everything in knowledge/, validated and cross-checked. */
export interface Knowledge {
  /** Every entry, in file order. */
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly sources: Readonly<Record<string, SourceInfo>>;
  /** Files that are not entries (hand-written quiz questions), by folder name. Parsed, not yet validated. */
  readonly extras: ReadonlyMap<string, { file: string; data: unknown }[]>;
}

/**
 * Why knowledge/ could not be loaded: names the file, the entry and the field, so whoever
 * edited it can fix it. Loading stops at the first file with problems but lists all of them.
 */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge/ has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'KnowledgeError';
  }
}

/** Folders under knowledge/ that hold something other than entries. */
const EXTRA_FOLDERS = new Set(['quiz']);

/**
 * Reads every `*.yaml` file under `dir`. Each file holds one entry, except `sources.yaml`
 * (the source list) and the folders in EXTRA_FOLDERS. Never returns a partial result: any
 * problem throws a KnowledgeError.
 */
export function loadKnowledge(dir: string): Knowledge {
  const problems: string[] = [];
  const entries: Entry[] = [];
  const extras = new Map<string, { file: string; data: unknown }[]>();
  let sources: Record<string, SourceInfo> = {};
  const seen = new Map<string, string>(); // id -> file

  for (const path of yamlFiles(dir)) {
    const file = relative(dir, path) || path;
    const text = readFileSync(path, 'utf8');
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      // The document did not parse, so read the id and the field from the raw text.
      const id = /^id:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1] ?? '?';
      for (const e of doc.errors) {
        const line = e.linePos?.[0].line;
        const field = line === undefined ? '(unknown)' : fieldAtLine(text, line);
        problems.push(`${file}: entry "${id}": field "${field}": not valid YAML: ${e.message.split('\n')[0]}`);
      }
      continue;
    }
    const data: unknown = doc.toJS();
    const folder = file.split(/[\\/]/)[0] ?? '';
    if (file.includes('/') && EXTRA_FOLDERS.has(folder)) {
      const list = extras.get(folder) ?? [];
      list.push({ file, data });
      extras.set(folder, list);
      continue;
    }
    if (file === 'sources.yaml') {
      const parsed = SourceList.safeParse(data);
      if (parsed.success) sources = parsed.data;
      else problems.push(...issues(file, undefined, parsed.error));
      continue;
    }
    const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : undefined;
    const parsed = Entry.safeParse(data);
    if (!parsed.success) {
      problems.push(...issues(file, id, parsed.error));
      continue;
    }
    const entry = parsed.data;
    const earlier = seen.get(entry.id);
    if (earlier) {
      problems.push(`${file}: entry "${entry.id}": field "id": duplicate id, also used in ${earlier}`);
      continue;
    }
    seen.set(entry.id, file);
    problems.push(...checkDates(file, entry));
    entries.push(entry);
  }

  if (Object.keys(sources).length === 0) problems.push('sources.yaml: missing or empty: every source key must be listed there');
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) problems.push(...checkReferences(seen.get(entry.id)!, entry, byId, sources));
  if (problems.length) throw new KnowledgeError(problems);
  return { entries, byId, sources, extras };
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(path);
  }
  return out;
}

/**
 * The dotted path of the last key at or above `line` (1-based), e.g. `summary.sources`, found by
 * indentation alone: enough to point an editor at the broken spot of a file that does not parse.
 */
function fieldAtLine(text: string, line: number): string {
  const path: { indent: number; key: string }[] = [];
  for (const raw of text.split(/\r?\n/).slice(0, line)) {
    const m = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(raw);
    if (!m) continue;
    const indent = m[1]!.length;
    while (path.length && path[path.length - 1]!.indent >= indent) path.pop();
    path.push({ indent, key: m[2]! });
  }
  return path.length ? path.map((p) => p.key).join('.') : '(top level)';
}

function issues(file: string, id: string | undefined, error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const field = i.path.length ? i.path.join('.') : '(top level)';
    return `${file}: entry "${id ?? '?'}": field "${field}": ${i.message}`;
  });
}

/** Every date must exist (no 30 February) and every range must run forwards. */
function checkDates(file: string, entry: Entry): string[] {
  const out: string[] = [];
  // `base` is the object holding the two fields, `start`/`stop` their names (date/end or from/to).
  const check = (base: string, start: string, stop: string, date: string | undefined, end?: string) => {
    const from = date === undefined ? undefined : parseDateText(date);
    if (from === null) out.push(`${file}: entry "${entry.id}": field "${base}.${start}": impossible date ${date}`);
    const to = end === undefined ? undefined : parseDateText(end);
    if (to === null) out.push(`${file}: entry "${entry.id}": field "${base}.${stop}": impossible date ${end}`);
    if (from && to && to.last < from.first)
      out.push(`${file}: entry "${entry.id}": field "${base}.${stop}": range ends (${end}) before it starts (${date})`);
  };
  const versions = (name: string, list: { date?: string; end?: string }[]) =>
    list.forEach((v, i) => check(`${name}.${i}`, 'date', 'end', v.date, v.end));
  entry.facts.forEach((f, i) => {
    if (isDisputed(f)) versions(`facts.${i}.versions`, f.versions);
    else check(`facts.${i}`, 'date', 'end', f.date, f.end);
  });
  if (entry.kind === 'person') {
    versions('born', entry.born);
    versions('died', entry.died);
    entry.roles.forEach((r, i) => check(`roles.${i}`, 'from', 'to', r.from, r.to));
  }
  if (entry.kind === 'event') versions('when', entry.when);
  return out;
}

function checkReferences(
  file: string,
  entry: Entry,
  byId: ReadonlyMap<string, Entry>,
  sources: Record<string, SourceInfo>,
): string[] {
  const out: string[] = [];
  const ref = (field: string, id: string) => {
    if (!byId.has(id)) out.push(`${file}: entry "${entry.id}": field "${field}": unknown entry "${id}"`);
  };
  entry.related.forEach((id, i) => ref(`related.${i}`, id));
  if (entry.kind === 'event') entry.participants.forEach((id, i) => ref(`participants.${i}`, id));
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'sources' && Array.isArray(v)) {
          v.forEach((key: string, i) => {
            if (Object.keys(sources).length && !(key in sources))
              out.push(`${file}: entry "${entry.id}": field "${path ? path + '.' : ''}sources.${i}": unknown source "${key}"`);
          });
        } else walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(entry, '');
  return out;
}
