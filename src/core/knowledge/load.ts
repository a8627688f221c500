import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from '../zod';
import { Entry, SourceList, isDisputed, type SourceInfo } from './schema';
import { missingTranslations } from './translate';
import { parseDateText } from '../dates';

/** Everything in knowledge/, validated and cross-checked. */
export interface Knowledge {
  /** Every entry, in file order. */
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly sources: Readonly<Record<string, SourceInfo>>;
  /**
   * Search indexes compiled by `npm run build` with the snapshot (MiniSearch's plain form), by
   * index name; absent when the knowledge was read from its files. Indexes built from the same
   * knowledge with the same options load these instead of indexing again.
   */
  readonly compiled?: Readonly<Record<string, unknown>>;
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
export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  const snapshot = options.snapshot ?? SNAPSHOT;
  return (snapshot && readSnapshot(dir, snapshot)) || parseKnowledge(dir, options.translations ?? true);
}

export interface LoadOptions {
  /** A compiled snapshot to read instead of the files while it is fresh (default: the build's, if any; `''` for none). */
  snapshot?: string;
  /**
   * Whether every English text must have its Russian and Kazakh beside it (default `true`: the
   * bot answers in all three). Only test fixtures written in English turn it off.
   */
  translations?: boolean;
}

/**
 * Where `npm run build` writes the compiled knowledge: `knowledge.snapshot.json` in the build
 * folder, found above this module when it runs from `dist/` (never when it runs from source).
 */
const SNAPSHOT = findSnapshot(dirname(fileURLToPath(import.meta.url)));

function findSnapshot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'knowledge.snapshot.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir || existsSync(join(dir, 'package.json'))) return undefined;
  }
}

/**
 * The files of a knowledge folder as they are now (paths, sizes, modification times): a snapshot
 * stands for the folder only while this is unchanged.
 */
export function knowledgeFingerprint(dir: string): string {
  const hash = createHash('sha1').update(resolve(dir));
  for (const path of yamlFiles(dir)) {
    const stat = statSync(path);
    hash.update(`\n${relative(dir, path)} ${stat.size} ${stat.mtimeMs}`);
  }
  return hash.digest('hex');
}

interface Snapshot {
  fingerprint: string;
  entries: Entry[];
  sources: Record<string, SourceInfo>;
  extras: [string, { file: string; data: unknown }[]][];
  compiled: Record<string, unknown>;
}

/**
 * Validates `dir` and writes it, compiled, to `file`: what `npm run build` does. `compile` turns
 * the knowledge into the indexes to keep with it. Throws a KnowledgeError.
 */
export function writeSnapshot(dir: string, file: string, compile: (knowledge: Knowledge) => Record<string, unknown> = () => ({})): void {
  const knowledge = parseKnowledge(dir);
  const snapshot: Snapshot = {
    fingerprint: knowledgeFingerprint(dir),
    entries: [...knowledge.entries],
    sources: { ...knowledge.sources },
    extras: [...knowledge.extras],
    compiled: compile(knowledge),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(snapshot));
}

/** The knowledge from a snapshot of `dir`, if there is one and the folder has not changed since. */
function readSnapshot(dir: string, file: string): Knowledge | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    if (snapshot.fingerprint !== knowledgeFingerprint(dir)) return undefined;
    return {
      entries: snapshot.entries,
      byId: new Map(snapshot.entries.map((e) => [e.id, e])),
      sources: snapshot.sources,
      extras: new Map(snapshot.extras),
      compiled: snapshot.compiled,
    };
  } catch {
    return undefined; // no snapshot, or one that cannot be read: the files themselves are read
  }
}

/** Reads and validates every file of `dir` (see loadKnowledge). */
function parseKnowledge(dir: string, translations = true): Knowledge {
  // The YAML parser loads only here: a start from the snapshot never needs it.
  const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
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
    // Every text in three languages: a reply in Russian or Kazakh never falls back to English.
    if (translations) for (const [field, problem] of missingTranslations(entry)) problems.push(`${file}: entry "${entry.id}": field "${field}": ${problem}`);
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

function issues(file: string, id: string | undefined, error: z.core.$ZodError): string[] {
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
