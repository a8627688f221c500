import {
  Entry,
  SourceList,
  TRANSLATED,
  isDisputed
} from "./chunk-MORHW4X2.js";
import {
  parseDateText
} from "./chunk-324J56RK.js";

// src/core/knowledge/load.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/core/knowledge/translate.ts
var FIELDS = new Set(TRANSLATED);
var LANGUAGE_NAMES = { ru: "Russian", kk: "Kazakh" };
function missingTranslations(value, fields = FIELDS) {
  const out = [];
  const walk = (v, path) => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}${i}.`));
    else if (v && typeof v === "object") {
      const record = v;
      for (const [key, item] of Object.entries(record)) {
        if (fields.has(key) && item !== void 0) {
          for (const lang of ["ru", "kk"]) {
            const other = record[`${key}_${lang}`];
            const filled = Array.isArray(item) ? Array.isArray(other) && other.length === item.length : typeof other === "string" && other.trim() !== "";
            if (!filled) out.push([`${path}${key}_${lang}`, `missing the ${LANGUAGE_NAMES[lang]} translation of "${String(item).slice(0, 60)}"`]);
          }
        } else if (typeof item === "object") walk(item, `${path}${key}.`);
      }
    }
  };
  walk(value, "");
  return out;
}
function inLanguage(value, lang, fields = FIELDS) {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang, fields));
  if (!value || typeof value !== "object") return value;
  const out = {};
  const record = value;
  for (const [key, item] of Object.entries(record)) {
    if (/_(ru|kk)$/.test(key) && fields.has(key.slice(0, -3))) continue;
    const translation = lang === "en" ? void 0 : record[`${key}_${lang}`];
    out[key] = fields.has(key) && translation !== void 0 ? translation : inLanguage(item, lang, fields);
  }
  return out;
}
var translations = /* @__PURE__ */ new WeakMap();
function knowledgeIn(knowledge, lang) {
  let byLanguage = translations.get(knowledge);
  if (!byLanguage) translations.set(knowledge, byLanguage = /* @__PURE__ */ new Map());
  let out = byLanguage.get(lang);
  if (!out) {
    const entries = knowledge.entries.map((e) => inLanguage(e, lang));
    out = { ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    byLanguage.set(lang, out);
  }
  return out;
}
function namesOf(entry) {
  return [...new Set([entry.name, entry.name_ru, entry.name_kk, ...entry.aliases].filter((n) => !!n))];
}

// src/core/knowledge/load.ts
var KnowledgeError = class extends Error {
  constructor(problems) {
    super(`knowledge/ has ${problems.length} problem(s):
  - ${problems.join("\n  - ")}`);
    this.problems = problems;
    this.name = "KnowledgeError";
  }
  problems;
};
var EXTRA_FOLDERS = /* @__PURE__ */ new Set(["quiz"]);
function loadKnowledge(dir, options = {}) {
  const snapshot = options.snapshot ?? SNAPSHOT;
  return snapshot && readSnapshot(dir, snapshot) || parseKnowledge(dir, options.translations ?? true);
}
var SNAPSHOT = findSnapshot(dirname(fileURLToPath(import.meta.url)));
function findSnapshot(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "knowledge.snapshot.json");
    if (existsSync(file)) return file;
    if (dirname(dir) === dir || existsSync(join(dir, "package.json"))) return void 0;
  }
}
function knowledgeFingerprint(dir) {
  const hash = createHash("sha1").update(resolve(dir));
  for (const path of yamlFiles(dir)) {
    const stat = statSync(path);
    hash.update(`
${relative(dir, path)} ${stat.size} ${stat.mtimeMs}`);
  }
  return hash.digest("hex");
}
function writeSnapshot(dir, file, compile = () => ({})) {
  const knowledge = parseKnowledge(dir);
  const snapshot = {
    fingerprint: knowledgeFingerprint(dir),
    entries: [...knowledge.entries],
    sources: { ...knowledge.sources },
    extras: [...knowledge.extras],
    compiled: compile(knowledge)
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(snapshot));
}
function readSnapshot(dir, file) {
  try {
    const snapshot = JSON.parse(readFileSync(file, "utf8"));
    if (snapshot.fingerprint !== knowledgeFingerprint(dir)) return void 0;
    return {
      entries: snapshot.entries,
      byId: new Map(snapshot.entries.map((e) => [e.id, e])),
      sources: snapshot.sources,
      extras: new Map(snapshot.extras),
      compiled: snapshot.compiled
    };
  } catch {
    return void 0;
  }
}
function parseKnowledge(dir, translations2 = true) {
  const { parseDocument } = createRequire(import.meta.url)("yaml");
  const problems = [];
  const entries = [];
  const extras = /* @__PURE__ */ new Map();
  let sources = {};
  const seen = /* @__PURE__ */ new Map();
  for (const path of yamlFiles(dir)) {
    const file = relative(dir, path) || path;
    const text = readFileSync(path, "utf8");
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      const id2 = /^id:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1] ?? "?";
      for (const e of doc.errors) {
        const line = e.linePos?.[0].line;
        const field = line === void 0 ? "(unknown)" : fieldAtLine(text, line);
        problems.push(`${file}: entry "${id2}": field "${field}": not valid YAML: ${e.message.split("\n")[0]}`);
      }
      continue;
    }
    const data = doc.toJS();
    const folder = file.split(/[\\/]/)[0] ?? "";
    if (file.includes("/") && EXTRA_FOLDERS.has(folder)) {
      const list = extras.get(folder) ?? [];
      list.push({ file, data });
      extras.set(folder, list);
      continue;
    }
    if (file === "sources.yaml") {
      const parsed2 = SourceList.safeParse(data);
      if (parsed2.success) sources = parsed2.data;
      else problems.push(...issues(file, void 0, parsed2.error));
      continue;
    }
    const id = typeof data?.id === "string" ? data.id : void 0;
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
    if (translations2) for (const [field, problem] of missingTranslations(entry)) problems.push(`${file}: entry "${entry.id}": field "${field}": ${problem}`);
    entries.push(entry);
  }
  if (Object.keys(sources).length === 0) problems.push("sources.yaml: missing or empty: every source key must be listed there");
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) problems.push(...checkReferences(seen.get(entry.id), entry, byId, sources));
  if (problems.length) throw new KnowledgeError(problems);
  return { entries, byId, sources, extras };
}
function yamlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(path);
  }
  return out;
}
function fieldAtLine(text, line) {
  const path = [];
  for (const raw of text.split(/\r?\n/).slice(0, line)) {
    const m = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(raw);
    if (!m) continue;
    const indent = m[1].length;
    while (path.length && path[path.length - 1].indent >= indent) path.pop();
    path.push({ indent, key: m[2] });
  }
  return path.length ? path.map((p) => p.key).join(".") : "(top level)";
}
function issues(file, id, error) {
  return error.issues.map((i) => {
    const field = i.path.length ? i.path.join(".") : "(top level)";
    return `${file}: entry "${id ?? "?"}": field "${field}": ${i.message}`;
  });
}
function checkDates(file, entry) {
  const out = [];
  const check = (base, start, stop, date, end) => {
    const from = date === void 0 ? void 0 : parseDateText(date);
    if (from === null) out.push(`${file}: entry "${entry.id}": field "${base}.${start}": impossible date ${date}`);
    const to = end === void 0 ? void 0 : parseDateText(end);
    if (to === null) out.push(`${file}: entry "${entry.id}": field "${base}.${stop}": impossible date ${end}`);
    if (from && to && to.last < from.first)
      out.push(`${file}: entry "${entry.id}": field "${base}.${stop}": range ends (${end}) before it starts (${date})`);
  };
  const versions = (name, list) => list.forEach((v, i) => check(`${name}.${i}`, "date", "end", v.date, v.end));
  entry.facts.forEach((f, i) => {
    if (isDisputed(f)) versions(`facts.${i}.versions`, f.versions);
    else check(`facts.${i}`, "date", "end", f.date, f.end);
  });
  if (entry.kind === "person") {
    versions("born", entry.born);
    versions("died", entry.died);
    entry.roles.forEach((r, i) => check(`roles.${i}`, "from", "to", r.from, r.to));
  }
  if (entry.kind === "event") versions("when", entry.when);
  return out;
}
function checkReferences(file, entry, byId, sources) {
  const out = [];
  const ref = (field, id) => {
    if (!byId.has(id)) out.push(`${file}: entry "${entry.id}": field "${field}": unknown entry "${id}"`);
  };
  entry.related.forEach((id, i) => ref(`related.${i}`, id));
  if (entry.kind === "event") entry.participants.forEach((id, i) => ref(`participants.${i}`, id));
  const walk = (value, path) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "sources" && Array.isArray(v)) {
          v.forEach((key, i) => {
            if (Object.keys(sources).length && !(key in sources))
              out.push(`${file}: entry "${entry.id}": field "${path ? path + "." : ""}sources.${i}": unknown source "${key}"`);
          });
        } else walk(v, path ? `${path}.${k}` : k);
      }
    }
  };
  walk(entry, "");
  return out;
}

// node_modules/minisearch/dist/es/index.js
var ENTRIES = "ENTRIES";
var KEYS = "KEYS";
var VALUES = "VALUES";
var LEAF = "";
var TreeIterator = class {
  constructor(set, type) {
    const node = set._tree;
    const keys = Array.from(node.keys());
    this.set = set;
    this._type = type;
    this._path = keys.length > 0 ? [{ node, keys }] : [];
  }
  next() {
    const value = this.dive();
    this.backtrack();
    return value;
  }
  dive() {
    if (this._path.length === 0) {
      return { done: true, value: void 0 };
    }
    const { node, keys } = last$1(this._path);
    if (last$1(keys) === LEAF) {
      return { done: false, value: this.result() };
    }
    const child = node.get(last$1(keys));
    this._path.push({ node: child, keys: Array.from(child.keys()) });
    return this.dive();
  }
  backtrack() {
    if (this._path.length === 0) {
      return;
    }
    const keys = last$1(this._path).keys;
    keys.pop();
    if (keys.length > 0) {
      return;
    }
    this._path.pop();
    this.backtrack();
  }
  key() {
    return this.set._prefix + this._path.map(({ keys }) => last$1(keys)).filter((key) => key !== LEAF).join("");
  }
  value() {
    return last$1(this._path).node.get(LEAF);
  }
  result() {
    switch (this._type) {
      case VALUES:
        return this.value();
      case KEYS:
        return this.key();
      default:
        return [this.key(), this.value()];
    }
  }
  [Symbol.iterator]() {
    return this;
  }
};
var last$1 = (array) => {
  return array[array.length - 1];
};
var fuzzySearch = (node, query, maxDistance) => {
  const results = /* @__PURE__ */ new Map();
  if (query === void 0)
    return results;
  const n = query.length + 1;
  const m = n + maxDistance;
  const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
  for (let j = 0; j < n; ++j)
    matrix[j] = j;
  for (let i = 1; i < m; ++i)
    matrix[i * n] = i;
  recurse(node, query, maxDistance, results, matrix, 1, n, "");
  return results;
};
var recurse = (node, query, maxDistance, results, matrix, m, n, prefix) => {
  const offset = m * n;
  key: for (const key of node.keys()) {
    if (key === LEAF) {
      const distance = matrix[offset - 1];
      if (distance <= maxDistance) {
        results.set(prefix, [node.get(key), distance]);
      }
    } else {
      let i = m;
      for (let pos = 0; pos < key.length; ++pos, ++i) {
        const char = key[pos];
        const thisRowOffset = n * i;
        const prevRowOffset = thisRowOffset - n;
        let minDistance = matrix[thisRowOffset];
        const jmin = Math.max(0, i - maxDistance - 1);
        const jmax = Math.min(n - 1, i + maxDistance);
        for (let j = jmin; j < jmax; ++j) {
          const different = char !== query[j];
          const rpl = matrix[prevRowOffset + j] + +different;
          const del = matrix[prevRowOffset + j + 1] + 1;
          const ins = matrix[thisRowOffset + j] + 1;
          const dist = matrix[thisRowOffset + j + 1] = Math.min(rpl, del, ins);
          if (dist < minDistance)
            minDistance = dist;
        }
        if (minDistance > maxDistance) {
          continue key;
        }
      }
      recurse(node.get(key), query, maxDistance, results, matrix, i, n, prefix + key);
    }
  }
};
var SearchableMap = class _SearchableMap {
  /**
   * The constructor is normally called without arguments, creating an empty
   * map. In order to create a {@link SearchableMap} from an iterable or from an
   * object, check {@link SearchableMap.from} and {@link
   * SearchableMap.fromObject}.
   *
   * The constructor arguments are for internal use, when creating derived
   * mutable views of a map at a prefix.
   */
  constructor(tree = /* @__PURE__ */ new Map(), prefix = "") {
    this._size = void 0;
    this._tree = tree;
    this._prefix = prefix;
  }
  /**
   * Creates and returns a mutable view of this {@link SearchableMap},
   * containing only entries that share the given prefix.
   *
   * ### Usage:
   *
   * ```javascript
   * let map = new SearchableMap()
   * map.set("unicorn", 1)
   * map.set("universe", 2)
   * map.set("university", 3)
   * map.set("unique", 4)
   * map.set("hello", 5)
   *
   * let uni = map.atPrefix("uni")
   * uni.get("unique") // => 4
   * uni.get("unicorn") // => 1
   * uni.get("hello") // => undefined
   *
   * let univer = map.atPrefix("univer")
   * univer.get("unique") // => undefined
   * univer.get("universe") // => 2
   * univer.get("university") // => 3
   * ```
   *
   * @param prefix  The prefix
   * @return A {@link SearchableMap} representing a mutable view of the original
   * Map at the given prefix
   */
  atPrefix(prefix) {
    if (!prefix.startsWith(this._prefix)) {
      throw new Error("Mismatched prefix");
    }
    const [node, path] = trackDown(this._tree, prefix.slice(this._prefix.length));
    if (node === void 0) {
      const [parentNode, key] = last(path);
      for (const k of parentNode.keys()) {
        if (k !== LEAF && k.startsWith(key)) {
          const node2 = /* @__PURE__ */ new Map();
          node2.set(k.slice(key.length), parentNode.get(k));
          return new _SearchableMap(node2, prefix);
        }
      }
    }
    return new _SearchableMap(node, prefix);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/clear
   */
  clear() {
    this._size = void 0;
    this._tree.clear();
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/delete
   * @param key  Key to delete
   */
  delete(key) {
    this._size = void 0;
    return remove(this._tree, key);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/entries
   * @return An iterator iterating through `[key, value]` entries.
   */
  entries() {
    return new TreeIterator(this, ENTRIES);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/forEach
   * @param fn  Iteration function
   */
  forEach(fn) {
    for (const [key, value] of this) {
      fn(key, value, this);
    }
  }
  /**
   * Returns a Map of all the entries that have a key within the given edit
   * distance from the search key. The keys of the returned Map are the matching
   * keys, while the values are two-element arrays where the first element is
   * the value associated to the key, and the second is the edit distance of the
   * key to the search key.
   *
   * ### Usage:
   *
   * ```javascript
   * let map = new SearchableMap()
   * map.set('hello', 'world')
   * map.set('hell', 'yeah')
   * map.set('ciao', 'mondo')
   *
   * // Get all entries that match the key 'hallo' with a maximum edit distance of 2
   * map.fuzzyGet('hallo', 2)
   * // => Map(2) { 'hello' => ['world', 1], 'hell' => ['yeah', 2] }
   *
   * // In the example, the "hello" key has value "world" and edit distance of 1
   * // (change "e" to "a"), the key "hell" has value "yeah" and edit distance of 2
   * // (change "e" to "a", delete "o")
   * ```
   *
   * @param key  The search key
   * @param maxEditDistance  The maximum edit distance (Levenshtein)
   * @return A Map of the matching keys to their value and edit distance
   */
  fuzzyGet(key, maxEditDistance) {
    return fuzzySearch(this._tree, key, maxEditDistance);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/get
   * @param key  Key to get
   * @return Value associated to the key, or `undefined` if the key is not
   * found.
   */
  get(key) {
    const node = lookup(this._tree, key);
    return node !== void 0 ? node.get(LEAF) : void 0;
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/has
   * @param key  Key
   * @return True if the key is in the map, false otherwise
   */
  has(key) {
    const node = lookup(this._tree, key);
    return node !== void 0 && node.has(LEAF);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/keys
   * @return An `Iterable` iterating through keys
   */
  keys() {
    return new TreeIterator(this, KEYS);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/set
   * @param key  Key to set
   * @param value  Value to associate to the key
   * @return The {@link SearchableMap} itself, to allow chaining
   */
  set(key, value) {
    if (typeof key !== "string") {
      throw new Error("key must be a string");
    }
    this._size = void 0;
    const node = createPath(this._tree, key);
    node.set(LEAF, value);
    return this;
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/size
   */
  get size() {
    if (this._size) {
      return this._size;
    }
    this._size = 0;
    const iter = this.entries();
    while (!iter.next().done)
      this._size += 1;
    return this._size;
  }
  /**
   * Updates the value at the given key using the provided function. The function
   * is called with the current value at the key, and its return value is used as
   * the new value to be set.
   *
   * ### Example:
   *
   * ```javascript
   * // Increment the current value by one
   * searchableMap.update('somekey', (currentValue) => currentValue == null ? 0 : currentValue + 1)
   * ```
   *
   * If the value at the given key is or will be an object, it might not require
   * re-assignment. In that case it is better to use `fetch()`, because it is
   * faster.
   *
   * @param key  The key to update
   * @param fn  The function used to compute the new value from the current one
   * @return The {@link SearchableMap} itself, to allow chaining
   */
  update(key, fn) {
    if (typeof key !== "string") {
      throw new Error("key must be a string");
    }
    this._size = void 0;
    const node = createPath(this._tree, key);
    node.set(LEAF, fn(node.get(LEAF)));
    return this;
  }
  /**
   * Fetches the value of the given key. If the value does not exist, calls the
   * given function to create a new value, which is inserted at the given key
   * and subsequently returned.
   *
   * ### Example:
   *
   * ```javascript
   * const map = searchableMap.fetch('somekey', () => new Map())
   * map.set('foo', 'bar')
   * ```
   *
   * @param key  The key to update
   * @param initial  A function that creates a new value if the key does not exist
   * @return The existing or new value at the given key
   */
  fetch(key, initial) {
    if (typeof key !== "string") {
      throw new Error("key must be a string");
    }
    this._size = void 0;
    const node = createPath(this._tree, key);
    let value = node.get(LEAF);
    if (value === void 0) {
      node.set(LEAF, value = initial());
    }
    return value;
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/values
   * @return An `Iterable` iterating through values.
   */
  values() {
    return new TreeIterator(this, VALUES);
  }
  /**
   * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Map/@@iterator
   */
  [Symbol.iterator]() {
    return this.entries();
  }
  /**
   * Creates a {@link SearchableMap} from an `Iterable` of entries
   *
   * @param entries  Entries to be inserted in the {@link SearchableMap}
   * @return A new {@link SearchableMap} with the given entries
   */
  static from(entries) {
    const tree = new _SearchableMap();
    for (const [key, value] of entries) {
      tree.set(key, value);
    }
    return tree;
  }
  /**
   * Creates a {@link SearchableMap} from the iterable properties of a JavaScript object
   *
   * @param object  Object of entries for the {@link SearchableMap}
   * @return A new {@link SearchableMap} with the given entries
   */
  static fromObject(object) {
    return _SearchableMap.from(Object.entries(object));
  }
};
var trackDown = (tree, key, path = []) => {
  if (key.length === 0 || tree == null) {
    return [tree, path];
  }
  for (const k of tree.keys()) {
    if (k !== LEAF && key.startsWith(k)) {
      path.push([tree, k]);
      return trackDown(tree.get(k), key.slice(k.length), path);
    }
  }
  path.push([tree, key]);
  return trackDown(void 0, "", path);
};
var lookup = (tree, key) => {
  if (key.length === 0 || tree == null) {
    return tree;
  }
  for (const k of tree.keys()) {
    if (k !== LEAF && key.startsWith(k)) {
      return lookup(tree.get(k), key.slice(k.length));
    }
  }
};
var createPath = (node, key) => {
  const keyLength = key.length;
  outer: for (let pos = 0; node && pos < keyLength; ) {
    for (const k of node.keys()) {
      if (k !== LEAF && key[pos] === k[0]) {
        const len = Math.min(keyLength - pos, k.length);
        let offset = 1;
        while (offset < len && key[pos + offset] === k[offset])
          ++offset;
        const child2 = node.get(k);
        if (offset === k.length) {
          node = child2;
        } else {
          const intermediate = /* @__PURE__ */ new Map();
          intermediate.set(k.slice(offset), child2);
          node.set(key.slice(pos, pos + offset), intermediate);
          node.delete(k);
          node = intermediate;
        }
        pos += offset;
        continue outer;
      }
    }
    const child = /* @__PURE__ */ new Map();
    node.set(key.slice(pos), child);
    return child;
  }
  return node;
};
var remove = (tree, key) => {
  const [node, path] = trackDown(tree, key);
  if (node === void 0) {
    return;
  }
  node.delete(LEAF);
  if (node.size === 0) {
    cleanup(path);
  } else if (node.size === 1) {
    const [key2, value] = node.entries().next().value;
    merge(path, key2, value);
  }
};
var cleanup = (path) => {
  if (path.length === 0) {
    return;
  }
  const [node, key] = last(path);
  node.delete(key);
  if (node.size === 0) {
    cleanup(path.slice(0, -1));
  } else if (node.size === 1) {
    const [key2, value] = node.entries().next().value;
    if (key2 !== LEAF) {
      merge(path.slice(0, -1), key2, value);
    }
  }
};
var merge = (path, key, value) => {
  if (path.length === 0) {
    return;
  }
  const [node, nodeKey] = last(path);
  node.set(nodeKey + key, value);
  node.delete(nodeKey);
};
var last = (array) => {
  return array[array.length - 1];
};
var OR = "or";
var AND = "and";
var AND_NOT = "and_not";
var MiniSearch = class _MiniSearch {
  /**
   * @param options  Configuration options
   *
   * ### Examples:
   *
   * ```javascript
   * // Create a search engine that indexes the 'title' and 'text' fields of your
   * // documents:
   * const miniSearch = new MiniSearch({ fields: ['title', 'text'] })
   * ```
   *
   * ### ID Field:
   *
   * ```javascript
   * // Your documents are assumed to include a unique 'id' field, but if you want
   * // to use a different field for document identification, you can set the
   * // 'idField' option:
   * const miniSearch = new MiniSearch({ idField: 'key', fields: ['title', 'text'] })
   * ```
   *
   * ### Options and defaults:
   *
   * ```javascript
   * // The full set of options (here with their default value) is:
   * const miniSearch = new MiniSearch({
   *   // idField: field that uniquely identifies a document
   *   idField: 'id',
   *
   *   // extractField: function used to get the value of a field in a document.
   *   // By default, it assumes the document is a flat object with field names as
   *   // property keys and field values as string property values, but custom logic
   *   // can be implemented by setting this option to a custom extractor function.
   *   extractField: (document, fieldName) => document[fieldName],
   *
   *   // tokenize: function used to split fields into individual terms. By
   *   // default, it is also used to tokenize search queries, unless a specific
   *   // `tokenize` search option is supplied. When tokenizing an indexed field,
   *   // the field name is passed as the second argument.
   *   tokenize: (string, _fieldName) => string.split(SPACE_OR_PUNCTUATION),
   *
   *   // processTerm: function used to process each tokenized term before
   *   // indexing. It can be used for stemming and normalization. Return a falsy
   *   // value in order to discard a term. By default, it is also used to process
   *   // search queries, unless a specific `processTerm` option is supplied as a
   *   // search option. When processing a term from a indexed field, the field
   *   // name is passed as the second argument.
   *   processTerm: (term, _fieldName) => term.toLowerCase(),
   *
   *   // searchOptions: default search options, see the `search` method for
   *   // details
   *   searchOptions: undefined,
   *
   *   // fields: document fields to be indexed. Mandatory, but not set by default
   *   fields: undefined
   *
   *   // storeFields: document fields to be stored and returned as part of the
   *   // search results.
   *   storeFields: []
   * })
   * ```
   */
  constructor(options) {
    if ((options === null || options === void 0 ? void 0 : options.fields) == null) {
      throw new Error('MiniSearch: option "fields" must be provided');
    }
    const autoVacuum = options.autoVacuum == null || options.autoVacuum === true ? defaultAutoVacuumOptions : options.autoVacuum;
    this._options = {
      ...defaultOptions,
      ...options,
      autoVacuum,
      searchOptions: { ...defaultSearchOptions, ...options.searchOptions || {} },
      autoSuggestOptions: { ...defaultAutoSuggestOptions, ...options.autoSuggestOptions || {} }
    };
    this._index = new SearchableMap();
    this._documentCount = 0;
    this._documentIds = /* @__PURE__ */ new Map();
    this._idToShortId = /* @__PURE__ */ new Map();
    this._fieldIds = {};
    this._fieldLength = /* @__PURE__ */ new Map();
    this._avgFieldLength = [];
    this._nextId = 0;
    this._storedFields = /* @__PURE__ */ new Map();
    this._dirtCount = 0;
    this._currentVacuum = null;
    this._enqueuedVacuum = null;
    this._enqueuedVacuumConditions = defaultVacuumConditions;
    this.addFields(this._options.fields);
  }
  /**
   * Adds a document to the index
   *
   * @param document  The document to be indexed
   */
  add(document) {
    const { extractField, stringifyField, tokenize, processTerm, fields, idField } = this._options;
    const id = extractField(document, idField);
    if (id == null) {
      throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
    }
    if (this._idToShortId.has(id)) {
      throw new Error(`MiniSearch: duplicate ID ${id}`);
    }
    const shortDocumentId = this.addDocumentId(id);
    this.saveStoredFields(shortDocumentId, document);
    for (const field of fields) {
      const fieldValue = extractField(document, field);
      if (fieldValue == null)
        continue;
      const tokens = tokenize(stringifyField(fieldValue, field), field);
      const fieldId = this._fieldIds[field];
      const uniqueTerms = new Set(tokens).size;
      this.addFieldLength(shortDocumentId, fieldId, this._documentCount - 1, uniqueTerms);
      for (const term of tokens) {
        const processedTerm = processTerm(term, field);
        if (Array.isArray(processedTerm)) {
          for (const t of processedTerm) {
            this.addTerm(fieldId, shortDocumentId, t);
          }
        } else if (processedTerm) {
          this.addTerm(fieldId, shortDocumentId, processedTerm);
        }
      }
    }
  }
  /**
   * Adds all the given documents to the index
   *
   * @param documents  An array of documents to be indexed
   */
  addAll(documents) {
    for (const document of documents)
      this.add(document);
  }
  /**
   * Adds all the given documents to the index asynchronously.
   *
   * Returns a promise that resolves (to `undefined`) when the indexing is done.
   * This method is useful when index many documents, to avoid blocking the main
   * thread. The indexing is performed asynchronously and in chunks.
   *
   * @param documents  An array of documents to be indexed
   * @param options  Configuration options
   * @return A promise resolving to `undefined` when the indexing is done
   */
  addAllAsync(documents, options = {}) {
    const { chunkSize = 10 } = options;
    const acc = { chunk: [], promise: Promise.resolve() };
    const { chunk, promise } = documents.reduce(({ chunk: chunk2, promise: promise2 }, document, i) => {
      chunk2.push(document);
      if ((i + 1) % chunkSize === 0) {
        return {
          chunk: [],
          promise: promise2.then(() => new Promise((resolve2) => setTimeout(resolve2, 0))).then(() => this.addAll(chunk2))
        };
      } else {
        return { chunk: chunk2, promise: promise2 };
      }
    }, acc);
    return promise.then(() => this.addAll(chunk));
  }
  /**
   * Removes the given document from the index.
   *
   * The document to remove must NOT have changed between indexing and removal,
   * otherwise the index will be corrupted.
   *
   * This method requires passing the full document to be removed (not just the
   * ID), and immediately removes the document from the inverted index, allowing
   * memory to be released. A convenient alternative is {@link
   * MiniSearch#discard}, which needs only the document ID, and has the same
   * visible effect, but delays cleaning up the index until the next vacuuming.
   *
   * @param document  The document to be removed
   */
  remove(document) {
    const { tokenize, processTerm, extractField, stringifyField, fields, idField } = this._options;
    const id = extractField(document, idField);
    if (id == null) {
      throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
    }
    const shortId = this._idToShortId.get(id);
    if (shortId == null) {
      throw new Error(`MiniSearch: cannot remove document with ID ${id}: it is not in the index`);
    }
    for (const field of fields) {
      const fieldValue = extractField(document, field);
      if (fieldValue == null)
        continue;
      const tokens = tokenize(stringifyField(fieldValue, field), field);
      const fieldId = this._fieldIds[field];
      const uniqueTerms = new Set(tokens).size;
      this.removeFieldLength(shortId, fieldId, this._documentCount, uniqueTerms);
      for (const term of tokens) {
        const processedTerm = processTerm(term, field);
        if (Array.isArray(processedTerm)) {
          for (const t of processedTerm) {
            this.removeTerm(fieldId, shortId, t);
          }
        } else if (processedTerm) {
          this.removeTerm(fieldId, shortId, processedTerm);
        }
      }
    }
    this._storedFields.delete(shortId);
    this._documentIds.delete(shortId);
    this._idToShortId.delete(id);
    this._fieldLength.delete(shortId);
    this._documentCount -= 1;
  }
  /**
   * Removes all the given documents from the index. If called with no arguments,
   * it removes _all_ documents from the index.
   *
   * @param documents  The documents to be removed. If this argument is omitted,
   * all documents are removed. Note that, for removing all documents, it is
   * more efficient to call this method with no arguments than to pass all
   * documents.
   */
  removeAll(documents) {
    if (documents) {
      for (const document of documents)
        this.remove(document);
    } else if (arguments.length > 0) {
      throw new Error("Expected documents to be present. Omit the argument to remove all documents.");
    } else {
      this._index = new SearchableMap();
      this._documentCount = 0;
      this._documentIds = /* @__PURE__ */ new Map();
      this._idToShortId = /* @__PURE__ */ new Map();
      this._fieldLength = /* @__PURE__ */ new Map();
      this._avgFieldLength = [];
      this._storedFields = /* @__PURE__ */ new Map();
      this._nextId = 0;
    }
  }
  /**
   * Discards the document with the given ID, so it won't appear in search results
   *
   * It has the same visible effect of {@link MiniSearch.remove} (both cause the
   * document to stop appearing in searches), but a different effect on the
   * internal data structures:
   *
   *   - {@link MiniSearch#remove} requires passing the full document to be
   *   removed as argument, and removes it from the inverted index immediately.
   *
   *   - {@link MiniSearch#discard} instead only needs the document ID, and
   *   works by marking the current version of the document as discarded, so it
   *   is immediately ignored by searches. This is faster and more convenient
   *   than {@link MiniSearch#remove}, but the index is not immediately
   *   modified. To take care of that, vacuuming is performed after a certain
   *   number of documents are discarded, cleaning up the index and allowing
   *   memory to be released.
   *
   * After discarding a document, it is possible to re-add a new version, and
   * only the new version will appear in searches. In other words, discarding
   * and re-adding a document works exactly like removing and re-adding it. The
   * {@link MiniSearch.replace} method can also be used to replace a document
   * with a new version.
   *
   * #### Details about vacuuming
   *
   * Repetite calls to this method would leave obsolete document references in
   * the index, invisible to searches. Two mechanisms take care of cleaning up:
   * clean up during search, and vacuuming.
   *
   *   - Upon search, whenever a discarded ID is found (and ignored for the
   *   results), references to the discarded document are removed from the
   *   inverted index entries for the search terms. This ensures that subsequent
   *   searches for the same terms do not need to skip these obsolete references
   *   again.
   *
   *   - In addition, vacuuming is performed automatically by default (see the
   *   `autoVacuum` field in {@link Options}) after a certain number of
   *   documents are discarded. Vacuuming traverses all terms in the index,
   *   cleaning up all references to discarded documents. Vacuuming can also be
   *   triggered manually by calling {@link MiniSearch#vacuum}.
   *
   * @param id  The ID of the document to be discarded
   */
  discard(id) {
    const shortId = this._idToShortId.get(id);
    if (shortId == null) {
      throw new Error(`MiniSearch: cannot discard document with ID ${id}: it is not in the index`);
    }
    this._idToShortId.delete(id);
    this._documentIds.delete(shortId);
    this._storedFields.delete(shortId);
    (this._fieldLength.get(shortId) || []).forEach((fieldLength, fieldId) => {
      this.removeFieldLength(shortId, fieldId, this._documentCount, fieldLength);
    });
    this._fieldLength.delete(shortId);
    this._documentCount -= 1;
    this._dirtCount += 1;
    this.maybeAutoVacuum();
  }
  maybeAutoVacuum() {
    if (this._options.autoVacuum === false) {
      return;
    }
    const { minDirtFactor, minDirtCount, batchSize, batchWait } = this._options.autoVacuum;
    this.conditionalVacuum({ batchSize, batchWait }, { minDirtCount, minDirtFactor });
  }
  /**
   * Discards the documents with the given IDs, so they won't appear in search
   * results
   *
   * It is equivalent to calling {@link MiniSearch#discard} for all the given
   * IDs, but with the optimization of triggering at most one automatic
   * vacuuming at the end.
   *
   * Note: to remove all documents from the index, it is faster and more
   * convenient to call {@link MiniSearch.removeAll} with no argument, instead
   * of passing all IDs to this method.
   */
  discardAll(ids) {
    const autoVacuum = this._options.autoVacuum;
    try {
      this._options.autoVacuum = false;
      for (const id of ids) {
        this.discard(id);
      }
    } finally {
      this._options.autoVacuum = autoVacuum;
    }
    this.maybeAutoVacuum();
  }
  /**
   * It replaces an existing document with the given updated version
   *
   * It works by discarding the current version and adding the updated one, so
   * it is functionally equivalent to calling {@link MiniSearch#discard}
   * followed by {@link MiniSearch#add}. The ID of the updated document should
   * be the same as the original one.
   *
   * Since it uses {@link MiniSearch#discard} internally, this method relies on
   * vacuuming to clean up obsolete document references from the index, allowing
   * memory to be released (see {@link MiniSearch#discard}).
   *
   * @param updatedDocument  The updated document to replace the old version
   * with
   */
  replace(updatedDocument) {
    const { idField, extractField } = this._options;
    const id = extractField(updatedDocument, idField);
    this.discard(id);
    this.add(updatedDocument);
  }
  /**
   * Triggers a manual vacuuming, cleaning up references to discarded documents
   * from the inverted index
   *
   * Vacuuming is only useful for applications that use the {@link
   * MiniSearch#discard} or {@link MiniSearch#replace} methods.
   *
   * By default, vacuuming is performed automatically when needed (controlled by
   * the `autoVacuum` field in {@link Options}), so there is usually no need to
   * call this method, unless one wants to make sure to perform vacuuming at a
   * specific moment.
   *
   * Vacuuming traverses all terms in the inverted index in batches, and cleans
   * up references to discarded documents from the posting list, allowing memory
   * to be released.
   *
   * The method takes an optional object as argument with the following keys:
   *
   *   - `batchSize`: the size of each batch (1000 by default)
   *
   *   - `batchWait`: the number of milliseconds to wait between batches (10 by
   *   default)
   *
   * On large indexes, vacuuming could have a non-negligible cost: batching
   * avoids blocking the thread for long, diluting this cost so that it is not
   * negatively affecting the application. Nonetheless, this method should only
   * be called when necessary, and relying on automatic vacuuming is usually
   * better.
   *
   * It returns a promise that resolves (to undefined) when the clean up is
   * completed. If vacuuming is already ongoing at the time this method is
   * called, a new one is enqueued immediately after the ongoing one, and a
   * corresponding promise is returned. However, no more than one vacuuming is
   * enqueued on top of the ongoing one, even if this method is called more
   * times (enqueuing multiple ones would be useless).
   *
   * @param options  Configuration options for the batch size and delay. See
   * {@link VacuumOptions}.
   */
  vacuum(options = {}) {
    return this.conditionalVacuum(options);
  }
  conditionalVacuum(options, conditions) {
    if (this._currentVacuum) {
      this._enqueuedVacuumConditions = this._enqueuedVacuumConditions && conditions;
      if (this._enqueuedVacuum != null) {
        return this._enqueuedVacuum;
      }
      this._enqueuedVacuum = this._currentVacuum.then(() => {
        const conditions2 = this._enqueuedVacuumConditions;
        this._enqueuedVacuumConditions = defaultVacuumConditions;
        return this.performVacuuming(options, conditions2);
      });
      return this._enqueuedVacuum;
    }
    if (this.vacuumConditionsMet(conditions) === false) {
      return Promise.resolve();
    }
    this._currentVacuum = this.performVacuuming(options);
    return this._currentVacuum;
  }
  async performVacuuming(options, conditions) {
    const initialDirtCount = this._dirtCount;
    if (this.vacuumConditionsMet(conditions)) {
      const batchSize = options.batchSize || defaultVacuumOptions.batchSize;
      const batchWait = options.batchWait || defaultVacuumOptions.batchWait;
      let i = 1;
      for (const [term, fieldsData] of this._index) {
        for (const [fieldId, fieldIndex] of fieldsData) {
          for (const [shortId] of fieldIndex) {
            if (this._documentIds.has(shortId)) {
              continue;
            }
            if (fieldIndex.size <= 1) {
              fieldsData.delete(fieldId);
            } else {
              fieldIndex.delete(shortId);
            }
          }
        }
        if (this._index.get(term).size === 0) {
          this._index.delete(term);
        }
        if (i % batchSize === 0) {
          await new Promise((resolve2) => setTimeout(resolve2, batchWait));
        }
        i += 1;
      }
      this._dirtCount -= initialDirtCount;
    }
    await null;
    this._currentVacuum = this._enqueuedVacuum;
    this._enqueuedVacuum = null;
  }
  vacuumConditionsMet(conditions) {
    if (conditions == null) {
      return true;
    }
    let { minDirtCount, minDirtFactor } = conditions;
    minDirtCount = minDirtCount || defaultAutoVacuumOptions.minDirtCount;
    minDirtFactor = minDirtFactor || defaultAutoVacuumOptions.minDirtFactor;
    return this.dirtCount >= minDirtCount && this.dirtFactor >= minDirtFactor;
  }
  /**
   * Is `true` if a vacuuming operation is ongoing, `false` otherwise
   */
  get isVacuuming() {
    return this._currentVacuum != null;
  }
  /**
   * The number of documents discarded since the most recent vacuuming
   */
  get dirtCount() {
    return this._dirtCount;
  }
  /**
   * A number between 0 and 1 giving an indication about the proportion of
   * documents that are discarded, and can therefore be cleaned up by vacuuming.
   * A value close to 0 means that the index is relatively clean, while a higher
   * value means that the index is relatively dirty, and vacuuming could release
   * memory.
   */
  get dirtFactor() {
    return this._dirtCount / (1 + this._documentCount + this._dirtCount);
  }
  /**
   * Returns `true` if a document with the given ID is present in the index and
   * available for search, `false` otherwise
   *
   * @param id  The document ID
   */
  has(id) {
    return this._idToShortId.has(id);
  }
  /**
   * Returns the stored fields (as configured in the `storeFields` constructor
   * option) for the given document ID. Returns `undefined` if the document is
   * not present in the index.
   *
   * @param id  The document ID
   */
  getStoredFields(id) {
    const shortId = this._idToShortId.get(id);
    if (shortId == null) {
      return void 0;
    }
    return this._storedFields.get(shortId);
  }
  /**
   * Search for documents matching the given search query.
   *
   * The result is a list of scored document IDs matching the query, sorted by
   * descending score, and each including data about which terms were matched and
   * in which fields.
   *
   * ### Basic usage:
   *
   * ```javascript
   * // Search for "zen art motorcycle" with default options: terms have to match
   * // exactly, and individual terms are joined with OR
   * miniSearch.search('zen art motorcycle')
   * // => [ { id: 2, score: 2.77258, match: { ... } }, { id: 4, score: 1.38629, match: { ... } } ]
   * ```
   *
   * ### Restrict search to specific fields:
   *
   * ```javascript
   * // Search only in the 'title' field
   * miniSearch.search('zen', { fields: ['title'] })
   * ```
   *
   * ### Field boosting:
   *
   * ```javascript
   * // Boost a field
   * miniSearch.search('zen', { boost: { title: 2 } })
   * ```
   *
   * ### Prefix search:
   *
   * ```javascript
   * // Search for "moto" with prefix search (it will match documents
   * // containing terms that start with "moto" or "neuro")
   * miniSearch.search('moto neuro', { prefix: true })
   * ```
   *
   * ### Fuzzy search:
   *
   * ```javascript
   * // Search for "ismael" with fuzzy search (it will match documents containing
   * // terms similar to "ismael", with a maximum edit distance of 0.2 term.length
   * // (rounded to nearest integer)
   * miniSearch.search('ismael', { fuzzy: 0.2 })
   * ```
   *
   * ### Combining strategies:
   *
   * ```javascript
   * // Mix of exact match, prefix search, and fuzzy search
   * miniSearch.search('ismael mob', {
   *  prefix: true,
   *  fuzzy: 0.2
   * })
   * ```
   *
   * ### Advanced prefix and fuzzy search:
   *
   * ```javascript
   * // Perform fuzzy and prefix search depending on the search term. Here
   * // performing prefix and fuzzy search only on terms longer than 3 characters
   * miniSearch.search('ismael mob', {
   *  prefix: term => term.length > 3
   *  fuzzy: term => term.length > 3 ? 0.2 : null
   * })
   * ```
   *
   * ### Combine with AND:
   *
   * ```javascript
   * // Combine search terms with AND (to match only documents that contain both
   * // "motorcycle" and "art")
   * miniSearch.search('motorcycle art', { combineWith: 'AND' })
   * ```
   *
   * ### Combine with AND_NOT:
   *
   * There is also an AND_NOT combinator, that finds documents that match the
   * first term, but do not match any of the other terms. This combinator is
   * rarely useful with simple queries, and is meant to be used with advanced
   * query combinations (see later for more details).
   *
   * ### Filtering results:
   *
   * ```javascript
   * // Filter only results in the 'fiction' category (assuming that 'category'
   * // is a stored field)
   * miniSearch.search('motorcycle art', {
   *   filter: (result) => result.category === 'fiction'
   * })
   * ```
   *
   * ### Wildcard query
   *
   * Searching for an empty string (assuming the default tokenizer) returns no
   * results. Sometimes though, one needs to match all documents, like in a
   * "wildcard" search. This is possible by passing the special value
   * {@link MiniSearch.wildcard} as the query:
   *
   * ```javascript
   * // Return search results for all documents
   * miniSearch.search(MiniSearch.wildcard)
   * ```
   *
   * Note that search options such as `filter` and `boostDocument` are still
   * applied, influencing which results are returned, and their order:
   *
   * ```javascript
   * // Return search results for all documents in the 'fiction' category
   * miniSearch.search(MiniSearch.wildcard, {
   *   filter: (result) => result.category === 'fiction'
   * })
   * ```
   *
   * ### Advanced combination of queries:
   *
   * It is possible to combine different subqueries with OR, AND, and AND_NOT,
   * and even with different search options, by passing a query expression
   * tree object as the first argument, instead of a string.
   *
   * ```javascript
   * // Search for documents that contain "zen" and ("motorcycle" or "archery")
   * miniSearch.search({
   *   combineWith: 'AND',
   *   queries: [
   *     'zen',
   *     {
   *       combineWith: 'OR',
   *       queries: ['motorcycle', 'archery']
   *     }
   *   ]
   * })
   *
   * // Search for documents that contain ("apple" or "pear") but not "juice" and
   * // not "tree"
   * miniSearch.search({
   *   combineWith: 'AND_NOT',
   *   queries: [
   *     {
   *       combineWith: 'OR',
   *       queries: ['apple', 'pear']
   *     },
   *     'juice',
   *     'tree'
   *   ]
   * })
   * ```
   *
   * Each node in the expression tree can be either a string, or an object that
   * supports all {@link SearchOptions} fields, plus a `queries` array field for
   * subqueries.
   *
   * Note that, while this can become complicated to do by hand for complex or
   * deeply nested queries, it provides a formalized expression tree API for
   * external libraries that implement a parser for custom query languages.
   *
   * @param query  Search query
   * @param searchOptions  Search options. Each option, if not given, defaults to the corresponding value of `searchOptions` given to the constructor, or to the library default.
   */
  search(query, searchOptions = {}) {
    const { searchOptions: globalSearchOptions } = this._options;
    const searchOptionsWithDefaults = { ...globalSearchOptions, ...searchOptions };
    const rawResults = this.executeQuery(query, searchOptions);
    const results = [];
    for (const [docId, { score, terms, match }] of rawResults) {
      const quality = terms.length || 1;
      const result = {
        id: this._documentIds.get(docId),
        score: score * quality,
        terms: Object.keys(match),
        queryTerms: terms,
        match
      };
      Object.assign(result, this._storedFields.get(docId));
      if (searchOptionsWithDefaults.filter == null || searchOptionsWithDefaults.filter(result)) {
        results.push(result);
      }
    }
    if (query === _MiniSearch.wildcard && searchOptionsWithDefaults.boostDocument == null) {
      return results;
    }
    results.sort(byScore);
    return results;
  }
  /**
   * Provide suggestions for the given search query
   *
   * The result is a list of suggested modified search queries, derived from the
   * given search query, each with a relevance score, sorted by descending score.
   *
   * By default, it uses the same options used for search, except that by
   * default it performs prefix search on the last term of the query, and
   * combine terms with `'AND'` (requiring all query terms to match). Custom
   * options can be passed as a second argument. Defaults can be changed upon
   * calling the {@link MiniSearch} constructor, by passing a
   * `autoSuggestOptions` option.
   *
   * ### Basic usage:
   *
   * ```javascript
   * // Get suggestions for 'neuro':
   * miniSearch.autoSuggest('neuro')
   * // => [ { suggestion: 'neuromancer', terms: [ 'neuromancer' ], score: 0.46240 } ]
   * ```
   *
   * ### Multiple words:
   *
   * ```javascript
   * // Get suggestions for 'zen ar':
   * miniSearch.autoSuggest('zen ar')
   * // => [
   * //  { suggestion: 'zen archery art', terms: [ 'zen', 'archery', 'art' ], score: 1.73332 },
   * //  { suggestion: 'zen art', terms: [ 'zen', 'art' ], score: 1.21313 }
   * // ]
   * ```
   *
   * ### Fuzzy suggestions:
   *
   * ```javascript
   * // Correct spelling mistakes using fuzzy search:
   * miniSearch.autoSuggest('neromancer', { fuzzy: 0.2 })
   * // => [ { suggestion: 'neuromancer', terms: [ 'neuromancer' ], score: 1.03998 } ]
   * ```
   *
   * ### Filtering:
   *
   * ```javascript
   * // Get suggestions for 'zen ar', but only within the 'fiction' category
   * // (assuming that 'category' is a stored field):
   * miniSearch.autoSuggest('zen ar', {
   *   filter: (result) => result.category === 'fiction'
   * })
   * // => [
   * //  { suggestion: 'zen archery art', terms: [ 'zen', 'archery', 'art' ], score: 1.73332 },
   * //  { suggestion: 'zen art', terms: [ 'zen', 'art' ], score: 1.21313 }
   * // ]
   * ```
   *
   * @param queryString  Query string to be expanded into suggestions
   * @param options  Search options. The supported options and default values
   * are the same as for the {@link MiniSearch#search} method, except that by
   * default prefix search is performed on the last term in the query, and terms
   * are combined with `'AND'`.
   * @return  A sorted array of suggestions sorted by relevance score.
   */
  autoSuggest(queryString, options = {}) {
    options = { ...this._options.autoSuggestOptions, ...options };
    const suggestions = /* @__PURE__ */ new Map();
    for (const { score, terms } of this.search(queryString, options)) {
      const phrase = terms.join(" ");
      const suggestion = suggestions.get(phrase);
      if (suggestion != null) {
        suggestion.score += score;
        suggestion.count += 1;
      } else {
        suggestions.set(phrase, { score, terms, count: 1 });
      }
    }
    const results = [];
    for (const [suggestion, { score, terms, count }] of suggestions) {
      results.push({ suggestion, terms, score: score / count });
    }
    results.sort(byScore);
    return results;
  }
  /**
   * Total number of documents available to search
   */
  get documentCount() {
    return this._documentCount;
  }
  /**
   * Number of terms in the index
   */
  get termCount() {
    return this._index.size;
  }
  /**
   * Deserializes a JSON index (serialized with `JSON.stringify(miniSearch)`)
   * and instantiates a MiniSearch instance. It should be given the same options
   * originally used when serializing the index.
   *
   * ### Usage:
   *
   * ```javascript
   * // If the index was serialized with:
   * let miniSearch = new MiniSearch({ fields: ['title', 'text'] })
   * miniSearch.addAll(documents)
   *
   * const json = JSON.stringify(miniSearch)
   * // It can later be deserialized like this:
   * miniSearch = MiniSearch.loadJSON(json, { fields: ['title', 'text'] })
   * ```
   *
   * @param json  JSON-serialized index
   * @param options  configuration options, same as the constructor
   * @return An instance of MiniSearch deserialized from the given JSON.
   */
  static loadJSON(json, options) {
    if (options == null) {
      throw new Error("MiniSearch: loadJSON should be given the same options used when serializing the index");
    }
    return this.loadJS(JSON.parse(json), options);
  }
  /**
   * Async equivalent of {@link MiniSearch.loadJSON}
   *
   * This function is an alternative to {@link MiniSearch.loadJSON} that returns
   * a promise, and loads the index in batches, leaving pauses between them to avoid
   * blocking the main thread. It tends to be slower than the synchronous
   * version, but does not block the main thread, so it can be a better choice
   * when deserializing very large indexes.
   *
   * @param json  JSON-serialized index
   * @param options  configuration options, same as the constructor
   * @return A Promise that will resolve to an instance of MiniSearch deserialized from the given JSON.
   */
  static async loadJSONAsync(json, options) {
    if (options == null) {
      throw new Error("MiniSearch: loadJSON should be given the same options used when serializing the index");
    }
    return this.loadJSAsync(JSON.parse(json), options);
  }
  /**
   * Returns the default value of an option. It will throw an error if no option
   * with the given name exists.
   *
   * @param optionName  Name of the option
   * @return The default value of the given option
   *
   * ### Usage:
   *
   * ```javascript
   * // Get default tokenizer
   * MiniSearch.getDefault('tokenize')
   *
   * // Get default term processor
   * MiniSearch.getDefault('processTerm')
   *
   * // Unknown options will throw an error
   * MiniSearch.getDefault('notExisting')
   * // => throws 'MiniSearch: unknown option "notExisting"'
   * ```
   */
  static getDefault(optionName) {
    if (defaultOptions.hasOwnProperty(optionName)) {
      return getOwnProperty(defaultOptions, optionName);
    } else {
      throw new Error(`MiniSearch: unknown option "${optionName}"`);
    }
  }
  /**
   * @ignore
   */
  static loadJS(js, options) {
    const { index, documentIds, fieldLength, storedFields, serializationVersion } = js;
    const miniSearch = this.instantiateMiniSearch(js, options);
    miniSearch._documentIds = objectToNumericMap(documentIds);
    miniSearch._fieldLength = objectToNumericMap(fieldLength);
    miniSearch._storedFields = objectToNumericMap(storedFields);
    for (const [shortId, id] of miniSearch._documentIds) {
      miniSearch._idToShortId.set(id, shortId);
    }
    for (const [term, data] of index) {
      const dataMap = /* @__PURE__ */ new Map();
      for (const fieldId of Object.keys(data)) {
        let indexEntry = data[fieldId];
        if (serializationVersion === 1) {
          indexEntry = indexEntry.ds;
        }
        dataMap.set(parseInt(fieldId, 10), objectToNumericMap(indexEntry));
      }
      miniSearch._index.set(term, dataMap);
    }
    return miniSearch;
  }
  /**
   * @ignore
   */
  static async loadJSAsync(js, options) {
    const { index, documentIds, fieldLength, storedFields, serializationVersion } = js;
    const miniSearch = this.instantiateMiniSearch(js, options);
    miniSearch._documentIds = await objectToNumericMapAsync(documentIds);
    miniSearch._fieldLength = await objectToNumericMapAsync(fieldLength);
    miniSearch._storedFields = await objectToNumericMapAsync(storedFields);
    for (const [shortId, id] of miniSearch._documentIds) {
      miniSearch._idToShortId.set(id, shortId);
    }
    let count = 0;
    for (const [term, data] of index) {
      const dataMap = /* @__PURE__ */ new Map();
      for (const fieldId of Object.keys(data)) {
        let indexEntry = data[fieldId];
        if (serializationVersion === 1) {
          indexEntry = indexEntry.ds;
        }
        dataMap.set(parseInt(fieldId, 10), await objectToNumericMapAsync(indexEntry));
      }
      if (++count % 1e3 === 0)
        await wait(0);
      miniSearch._index.set(term, dataMap);
    }
    return miniSearch;
  }
  /**
   * @ignore
   */
  static instantiateMiniSearch(js, options) {
    const { documentCount, nextId, fieldIds, averageFieldLength, dirtCount, serializationVersion } = js;
    if (serializationVersion !== 1 && serializationVersion !== 2) {
      throw new Error("MiniSearch: cannot deserialize an index created with an incompatible version");
    }
    const miniSearch = new _MiniSearch(options);
    miniSearch._documentCount = documentCount;
    miniSearch._nextId = nextId;
    miniSearch._idToShortId = /* @__PURE__ */ new Map();
    miniSearch._fieldIds = fieldIds;
    miniSearch._avgFieldLength = averageFieldLength;
    miniSearch._dirtCount = dirtCount || 0;
    miniSearch._index = new SearchableMap();
    return miniSearch;
  }
  /**
   * @ignore
   */
  executeQuery(query, searchOptions = {}) {
    if (query === _MiniSearch.wildcard) {
      return this.executeWildcardQuery(searchOptions);
    }
    if (typeof query !== "string") {
      const options2 = { ...searchOptions, ...query, queries: void 0 };
      const results2 = query.queries.map((subquery) => this.executeQuery(subquery, options2));
      return this.combineResults(results2, options2.combineWith);
    }
    const { tokenize, processTerm, searchOptions: globalSearchOptions } = this._options;
    const options = { tokenize, processTerm, ...globalSearchOptions, ...searchOptions };
    const { tokenize: searchTokenize, processTerm: searchProcessTerm } = options;
    const terms = searchTokenize(query).flatMap((term) => searchProcessTerm(term)).filter((term) => !!term);
    const queries = terms.map(termToQuerySpec(options));
    const results = queries.map((query2) => this.executeQuerySpec(query2, options));
    return this.combineResults(results, options.combineWith);
  }
  /**
   * @ignore
   */
  executeQuerySpec(query, searchOptions) {
    const options = { ...this._options.searchOptions, ...searchOptions };
    const boosts = (options.fields || this._options.fields).reduce((boosts2, field) => ({ ...boosts2, [field]: getOwnProperty(options.boost, field) || 1 }), {});
    const { boostDocument, weights, maxFuzzy, bm25: bm25params } = options;
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...defaultSearchOptions.weights, ...weights };
    const data = this._index.get(query.term);
    const results = this.termResults(query.term, query.term, 1, query.termBoost, data, boosts, boostDocument, bm25params);
    let prefixMatches;
    let fuzzyMatches;
    if (query.prefix) {
      prefixMatches = this._index.atPrefix(query.term);
    }
    if (query.fuzzy) {
      const fuzzy = query.fuzzy === true ? 0.2 : query.fuzzy;
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(query.term.length * fuzzy)) : fuzzy;
      if (maxDistance)
        fuzzyMatches = this._index.fuzzyGet(query.term, maxDistance);
    }
    if (prefixMatches) {
      for (const [term, data2] of prefixMatches) {
        const distance = term.length - query.term.length;
        if (!distance) {
          continue;
        }
        fuzzyMatches === null || fuzzyMatches === void 0 ? void 0 : fuzzyMatches.delete(term);
        const weight = prefixWeight * term.length / (term.length + 0.3 * distance);
        this.termResults(query.term, term, weight, query.termBoost, data2, boosts, boostDocument, bm25params, results);
      }
    }
    if (fuzzyMatches) {
      for (const term of fuzzyMatches.keys()) {
        const [data2, distance] = fuzzyMatches.get(term);
        if (!distance) {
          continue;
        }
        const weight = fuzzyWeight * term.length / (term.length + distance);
        this.termResults(query.term, term, weight, query.termBoost, data2, boosts, boostDocument, bm25params, results);
      }
    }
    return results;
  }
  /**
   * @ignore
   */
  executeWildcardQuery(searchOptions) {
    const results = /* @__PURE__ */ new Map();
    const options = { ...this._options.searchOptions, ...searchOptions };
    for (const [shortId, id] of this._documentIds) {
      const score = options.boostDocument ? options.boostDocument(id, "", this._storedFields.get(shortId)) : 1;
      results.set(shortId, {
        score,
        terms: [],
        match: {}
      });
    }
    return results;
  }
  /**
   * @ignore
   */
  combineResults(results, combineWith = OR) {
    if (results.length === 0) {
      return /* @__PURE__ */ new Map();
    }
    const operator = combineWith.toLowerCase();
    const combinator = combinators[operator];
    if (!combinator) {
      throw new Error(`Invalid combination operator: ${combineWith}`);
    }
    return results.reduce(combinator) || /* @__PURE__ */ new Map();
  }
  /**
   * Allows serialization of the index to JSON, to possibly store it and later
   * deserialize it with {@link MiniSearch.loadJSON}.
   *
   * Normally one does not directly call this method, but rather call the
   * standard JavaScript `JSON.stringify()` passing the {@link MiniSearch}
   * instance, and JavaScript will internally call this method. Upon
   * deserialization, one must pass to {@link MiniSearch.loadJSON} the same
   * options used to create the original instance that was serialized.
   *
   * ### Usage:
   *
   * ```javascript
   * // Serialize the index:
   * let miniSearch = new MiniSearch({ fields: ['title', 'text'] })
   * miniSearch.addAll(documents)
   * const json = JSON.stringify(miniSearch)
   *
   * // Later, to deserialize it:
   * miniSearch = MiniSearch.loadJSON(json, { fields: ['title', 'text'] })
   * ```
   *
   * @return A plain-object serializable representation of the search index.
   */
  toJSON() {
    const index = [];
    for (const [term, fieldIndex] of this._index) {
      const data = {};
      for (const [fieldId, freqs] of fieldIndex) {
        data[fieldId] = Object.fromEntries(freqs);
      }
      index.push([term, data]);
    }
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
      storedFields: Object.fromEntries(this._storedFields),
      dirtCount: this._dirtCount,
      index,
      serializationVersion: 2
    };
  }
  /**
   * @ignore
   */
  termResults(sourceTerm, derivedTerm, termWeight, termBoost, fieldTermData, fieldBoosts, boostDocumentFn, bm25params, results = /* @__PURE__ */ new Map()) {
    if (fieldTermData == null)
      return results;
    for (const field of Object.keys(fieldBoosts)) {
      const fieldBoost = fieldBoosts[field];
      const fieldId = this._fieldIds[field];
      const fieldTermFreqs = fieldTermData.get(fieldId);
      if (fieldTermFreqs == null)
        continue;
      let matchingFields = fieldTermFreqs.size;
      const avgFieldLength = this._avgFieldLength[fieldId];
      for (const docId of fieldTermFreqs.keys()) {
        if (!this._documentIds.has(docId)) {
          this.removeTerm(fieldId, docId, derivedTerm);
          matchingFields -= 1;
          continue;
        }
        const docBoost = boostDocumentFn ? boostDocumentFn(this._documentIds.get(docId), derivedTerm, this._storedFields.get(docId)) : 1;
        if (!docBoost)
          continue;
        const termFreq = fieldTermFreqs.get(docId);
        const fieldLength = this._fieldLength.get(docId)[fieldId];
        const rawScore = calcBM25Score(termFreq, matchingFields, this._documentCount, fieldLength, avgFieldLength, bm25params);
        const weightedScore = termWeight * termBoost * fieldBoost * docBoost * rawScore;
        const result = results.get(docId);
        if (result) {
          result.score += weightedScore;
          assignUniqueTerm(result.terms, sourceTerm);
          const match = getOwnProperty(result.match, derivedTerm);
          if (match) {
            match.push(field);
          } else {
            result.match[derivedTerm] = [field];
          }
        } else {
          results.set(docId, {
            score: weightedScore,
            terms: [sourceTerm],
            match: { [derivedTerm]: [field] }
          });
        }
      }
    }
    return results;
  }
  /**
   * @ignore
   */
  addTerm(fieldId, documentId, term) {
    const indexData = this._index.fetch(term, createMap);
    let fieldIndex = indexData.get(fieldId);
    if (fieldIndex == null) {
      fieldIndex = /* @__PURE__ */ new Map();
      fieldIndex.set(documentId, 1);
      indexData.set(fieldId, fieldIndex);
    } else {
      const docs = fieldIndex.get(documentId);
      fieldIndex.set(documentId, (docs || 0) + 1);
    }
  }
  /**
   * @ignore
   */
  removeTerm(fieldId, documentId, term) {
    if (!this._index.has(term)) {
      this.warnDocumentChanged(documentId, fieldId, term);
      return;
    }
    const indexData = this._index.fetch(term, createMap);
    const fieldIndex = indexData.get(fieldId);
    if (fieldIndex == null || fieldIndex.get(documentId) == null) {
      this.warnDocumentChanged(documentId, fieldId, term);
    } else if (fieldIndex.get(documentId) <= 1) {
      if (fieldIndex.size <= 1) {
        indexData.delete(fieldId);
      } else {
        fieldIndex.delete(documentId);
      }
    } else {
      fieldIndex.set(documentId, fieldIndex.get(documentId) - 1);
    }
    if (this._index.get(term).size === 0) {
      this._index.delete(term);
    }
  }
  /**
   * @ignore
   */
  warnDocumentChanged(shortDocumentId, fieldId, term) {
    for (const fieldName of Object.keys(this._fieldIds)) {
      if (this._fieldIds[fieldName] === fieldId) {
        this._options.logger("warn", `MiniSearch: document with ID ${this._documentIds.get(shortDocumentId)} has changed before removal: term "${term}" was not present in field "${fieldName}". Removing a document after it has changed can corrupt the index!`, "version_conflict");
        return;
      }
    }
  }
  /**
   * @ignore
   */
  addDocumentId(documentId) {
    const shortDocumentId = this._nextId;
    this._idToShortId.set(documentId, shortDocumentId);
    this._documentIds.set(shortDocumentId, documentId);
    this._documentCount += 1;
    this._nextId += 1;
    return shortDocumentId;
  }
  /**
   * @ignore
   */
  addFields(fields) {
    for (let i = 0; i < fields.length; i++) {
      this._fieldIds[fields[i]] = i;
    }
  }
  /**
   * @ignore
   */
  addFieldLength(documentId, fieldId, count, length) {
    let fieldLengths = this._fieldLength.get(documentId);
    if (fieldLengths == null)
      this._fieldLength.set(documentId, fieldLengths = []);
    fieldLengths[fieldId] = length;
    const averageFieldLength = this._avgFieldLength[fieldId] || 0;
    const totalFieldLength = averageFieldLength * count + length;
    this._avgFieldLength[fieldId] = totalFieldLength / (count + 1);
  }
  /**
   * @ignore
   */
  removeFieldLength(documentId, fieldId, count, length) {
    if (count === 1) {
      this._avgFieldLength[fieldId] = 0;
      return;
    }
    const totalFieldLength = this._avgFieldLength[fieldId] * count - length;
    this._avgFieldLength[fieldId] = totalFieldLength / (count - 1);
  }
  /**
   * @ignore
   */
  saveStoredFields(documentId, doc) {
    const { storeFields, extractField } = this._options;
    if (storeFields == null || storeFields.length === 0) {
      return;
    }
    let documentFields = this._storedFields.get(documentId);
    if (documentFields == null)
      this._storedFields.set(documentId, documentFields = {});
    for (const fieldName of storeFields) {
      const fieldValue = extractField(doc, fieldName);
      if (fieldValue !== void 0)
        documentFields[fieldName] = fieldValue;
    }
  }
};
MiniSearch.wildcard = /* @__PURE__ */ Symbol("*");
var getOwnProperty = (object, property) => Object.prototype.hasOwnProperty.call(object, property) ? object[property] : void 0;
var combinators = {
  [OR]: (a, b) => {
    for (const docId of b.keys()) {
      const existing = a.get(docId);
      if (existing == null) {
        a.set(docId, b.get(docId));
      } else {
        const { score, terms, match } = b.get(docId);
        existing.score = existing.score + score;
        existing.match = Object.assign(existing.match, match);
        assignUniqueTerms(existing.terms, terms);
      }
    }
    return a;
  },
  [AND]: (a, b) => {
    const combined = /* @__PURE__ */ new Map();
    for (const docId of b.keys()) {
      const existing = a.get(docId);
      if (existing == null)
        continue;
      const { score, terms, match } = b.get(docId);
      assignUniqueTerms(existing.terms, terms);
      combined.set(docId, {
        score: existing.score + score,
        terms: existing.terms,
        match: Object.assign(existing.match, match)
      });
    }
    return combined;
  },
  [AND_NOT]: (a, b) => {
    for (const docId of b.keys())
      a.delete(docId);
    return a;
  }
};
var defaultBM25params = { k: 1.2, b: 0.7, d: 0.5 };
var calcBM25Score = (termFreq, matchingCount, totalCount, fieldLength, avgFieldLength, bm25params) => {
  const { k, b, d } = bm25params;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + termFreq * (k + 1) / (termFreq + k * (1 - b + b * fieldLength / avgFieldLength)));
};
var termToQuerySpec = (options) => (term, i, terms) => {
  const fuzzy = typeof options.fuzzy === "function" ? options.fuzzy(term, i, terms) : options.fuzzy || false;
  const prefix = typeof options.prefix === "function" ? options.prefix(term, i, terms) : options.prefix === true;
  const termBoost = typeof options.boostTerm === "function" ? options.boostTerm(term, i, terms) : 1;
  return { term, fuzzy, prefix, termBoost };
};
var defaultOptions = {
  idField: "id",
  extractField: (document, fieldName) => document[fieldName],
  stringifyField: (fieldValue, fieldName) => fieldValue.toString(),
  tokenize: (text) => text.split(SPACE_OR_PUNCTUATION),
  processTerm: (term) => term.toLowerCase(),
  fields: void 0,
  searchOptions: void 0,
  storeFields: [],
  logger: (level, message) => {
    if (typeof (console === null || console === void 0 ? void 0 : console[level]) === "function")
      console[level](message);
  },
  autoVacuum: true
};
var defaultSearchOptions = {
  combineWith: OR,
  prefix: false,
  fuzzy: false,
  maxFuzzy: 6,
  boost: {},
  weights: { fuzzy: 0.45, prefix: 0.375 },
  bm25: defaultBM25params
};
var defaultAutoSuggestOptions = {
  combineWith: AND,
  prefix: (term, i, terms) => i === terms.length - 1
};
var defaultVacuumOptions = { batchSize: 1e3, batchWait: 10 };
var defaultVacuumConditions = { minDirtFactor: 0.1, minDirtCount: 20 };
var defaultAutoVacuumOptions = { ...defaultVacuumOptions, ...defaultVacuumConditions };
var assignUniqueTerm = (target, term) => {
  if (!target.includes(term))
    target.push(term);
};
var assignUniqueTerms = (target, source) => {
  for (const term of source) {
    if (!target.includes(term))
      target.push(term);
  }
};
var byScore = ({ score: a }, { score: b }) => b - a;
var createMap = () => /* @__PURE__ */ new Map();
var objectToNumericMap = (object) => {
  const map = /* @__PURE__ */ new Map();
  for (const key of Object.keys(object)) {
    map.set(parseInt(key, 10), object[key]);
  }
  return map;
};
var objectToNumericMapAsync = async (object) => {
  const map = /* @__PURE__ */ new Map();
  let count = 0;
  for (const key of Object.keys(object)) {
    map.set(parseInt(key, 10), object[key]);
    if (++count % 1e3 === 0) {
      await wait(0);
    }
  }
  return map;
};
var wait = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
var SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

// src/core/normalise.ts
var CYRILLIC = {
  \u0430: "a",
  \u04D9: "a",
  \u0431: "b",
  \u0432: "v",
  \u0433: "g",
  \u0493: "g",
  \u0434: "d",
  \u0435: "e",
  \u0451: "yo",
  \u0436: "zh",
  \u0437: "z",
  \u0438: "i",
  \u0439: "y",
  \u043A: "k",
  \u049B: "k",
  \u043B: "l",
  \u043C: "m",
  \u043D: "n",
  \u04A3: "n",
  \u043E: "o",
  \u04E9: "o",
  \u043F: "p",
  \u0440: "r",
  \u0441: "s",
  \u0442: "t",
  \u0443: "u",
  \u04B1: "u",
  \u04AF: "u",
  \u0444: "f",
  \u0445: "kh",
  \u04BB: "h",
  \u0446: "ts",
  \u0447: "ch",
  \u0448: "sh",
  \u0449: "shch",
  \u044A: "",
  \u044B: "y",
  \u0456: "i",
  \u044C: "",
  \u044D: "e",
  \u044E: "yu",
  \u044F: "ya",
  // Kyrgyz
  \u04A3_: "n"
};
var LATIN_EXTRA = { \u0131: "i", \u0142: "l", \u00F8: "o", \u00E6: "ae", \u0153: "oe", \u00DF: "ss", \u0111: "d" };
function toLatin(text) {
  let out = text.toLowerCase();
  if (CYRILLIC_LETTER.test(out)) out = out.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
  return plainLatin(out) ?? decomposed(out);
}
var CYRILLIC_LETTER = /[\u0400-\u04ff]/;
var APOSTROPHES = /* @__PURE__ */ new Set([39, 96, 8217, 700]);
var SEPARATORS = /* @__PURE__ */ new Set([171, 187, 8211, 8212, 8216, 8220, 8221, 8230]);
var isWordChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
function plainLatin(text) {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 || c >= 48 && c <= 57) {
      if (gap && out) out += " ";
      gap = false;
      out += text[i];
    } else if (APOSTROPHES.has(c)) {
      if (text.charCodeAt(i + 1) === 115 && !isWordChar(text.charCodeAt(i + 2))) i++;
    } else if (c < 128 || SEPARATORS.has(c)) gap = true;
    else return void 0;
  }
  return out;
}
function decomposed(lowered) {
  let out = lowered;
  if (/[^\x00-\x7f]/.test(out)) {
    out = out.replace(/[ıłøæœßđ]/g, (ch) => LATIN_EXTRA[ch] ?? ch).normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  return out.replace(/['’ʼ`]s\b/g, "").replace(/['’ʼ`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}
var SOUNDS = [
  [/dzh|dj/g, "j"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/q/g, "k"],
  [/x/g, "h"],
  [/w/g, "v"],
  [/ph/g, "f"],
  [/y/g, "i"],
  [/ii+/g, "i"]
];
var ENDINGS = /(?:uli|ulu|ovich|evich|ovna|evna|iev|iov|ova|eva|ov|ev|of|ef|in)$/;
function remembered(fold) {
  const seen = /* @__PURE__ */ new Map();
  return (word) => {
    let result = seen.get(word);
    if (result === void 0) {
      if (seen.size >= 5e4) seen.clear();
      result = fold(word);
      seen.set(word, result);
    }
    return result;
  };
}
var foldWord = remembered(foldOnce);
function foldOnce(word) {
  let w = word;
  for (const [pattern, replacement] of SOUNDS) w = w.replace(pattern, replacement);
  w = squeezeRepeats(w);
  if (w.length > 5) {
    const stem = w.replace(ENDINGS, "");
    if (stem.length >= 4) w = stem;
  }
  return w.replace(/o/g, "u");
}
function squeezeRepeats(word) {
  let out = "";
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}
function foldText(text) {
  return toLatin(text).split(" ").filter(Boolean).map(foldWord);
}
var QUESTION_WORDS = new Set(
  [
    // English
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "which",
    "was",
    "were",
    "is",
    "are",
    "did",
    "do",
    "does",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "about",
    "and",
    "or",
    "tell",
    "me",
    "us",
    "please",
    "happened",
    "happen",
    "it",
    "this",
    "that",
    "there",
    "by",
    "from",
    "with",
    "his",
    "her",
    "their",
    "its",
    "be",
    "been",
    "know",
    "you",
    "can",
    "could",
    "would",
    "give",
    "show",
    "any",
    "some",
    "info",
    "information",
    "year",
    "date",
    "day",
    "biography",
    "bio",
    "profile",
    "life",
    "facts",
    "fact",
    "more",
    "explain",
    "describe",
    "mr",
    "who's",
    "whats",
    // Russian
    "\u043A\u0442\u043E",
    "\u0447\u0442\u043E",
    "\u043A\u043E\u0433\u0434\u0430",
    "\u0433\u0434\u0435",
    "\u043F\u043E\u0447\u0435\u043C\u0443",
    "\u0437\u0430\u0447\u0435\u043C",
    "\u043A\u0430\u043A",
    "\u043A\u0430\u043A\u043E\u0439",
    "\u043A\u0430\u043A\u0430\u044F",
    "\u043A\u0430\u043A\u0438\u0435",
    "\u043A\u0430\u043A\u043E\u043C",
    "\u0431\u044B\u043B",
    "\u0431\u044B\u043B\u0430",
    "\u0431\u044B\u043B\u0438",
    "\u0431\u044B\u043B\u043E",
    "\u0442\u0430\u043A\u043E\u0439",
    "\u0442\u0430\u043A\u0430\u044F",
    "\u0442\u0430\u043A\u043E\u0435",
    "\u044D\u0442\u043E",
    "\u0432",
    "\u0432\u043E",
    "\u043D\u0430",
    "\u043E",
    "\u043E\u0431",
    "\u043F\u0440\u043E",
    "\u0438",
    "\u0438\u043B\u0438",
    "\u0441",
    "\u0441\u043E",
    "\u043F\u043E",
    "\u0433\u043E\u0434\u0443",
    "\u0433\u043E\u0434",
    "\u0433\u043E\u0434\u0430",
    "\u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E",
    "\u0441\u043B\u0443\u0447\u0438\u043B\u043E\u0441\u044C",
    "\u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0438",
    "\u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0438\u0442\u0435",
    "\u043C\u043D\u0435",
    "\u043B\u0438",
    "\u0436\u0435",
    "\u0442\u0430\u043A\u043E\u0435",
    "\u0431\u0438\u043E\u0433\u0440\u0430\u0444\u0438\u044F",
    "\u0436\u0438\u0437\u043D\u044C",
    // Kazakh
    "\u043A\u0456\u043C",
    "\u043D\u0435",
    "\u049B\u0430\u0448\u0430\u043D",
    "\u049B\u0430\u0439\u0434\u0430",
    "\u043D\u0435\u0433\u0435",
    "\u043D\u0435\u043B\u0456\u043A\u0442\u0435\u043D",
    "\u049B\u0430\u043B\u0430\u0439",
    "\u049B\u0430\u043D\u0434\u0430\u0439",
    "\u0431\u043E\u043B\u0434\u044B",
    "\u0431\u043E\u043B\u0493\u0430\u043D",
    "\u0435\u0434\u0456",
    "\u043C\u0435",
    "\u043C\u0430",
    "\u0431\u0435",
    "\u0431\u0430",
    "\u043F\u0435",
    "\u043F\u0430",
    "\u0442\u0443\u0440\u0430\u043B\u044B",
    "\u0436\u044B\u043B\u044B",
    "\u0436\u044B\u043B",
    "\u0436\u04D9\u043D\u0435",
    "\u0434\u0435\u0433\u0435\u043D",
    "\u043A\u0435\u0437\u0434\u0435",
    "\u0430\u0439\u0442\u044B\u043F",
    "\u0431\u0435\u0440",
    "\u0431\u0435\u0440\u0448\u0456"
  ].map((w) => toLatin(w))
);
var SYNONYMS = {
  founding: ["founded", "found", "founder", "founders", "formed", "formation", "established", "establish", "establishment", "created", "create", "creation", "\u043E\u0441\u043D\u043E\u0432\u0430\u043B", "\u043E\u0441\u043D\u043E\u0432\u0430\u043B\u0430", "\u043E\u0441\u043D\u043E\u0432\u0430\u0442\u0435\u043B\u044C", "\u043E\u0441\u043D\u043E\u0432\u0430\u0442\u0435\u043B\u0438", "\u0441\u043E\u0437\u0434\u0430\u043B", "\u0441\u043E\u0437\u0434\u0430\u043B\u0438", "\u049B\u04B1\u0440\u0434\u044B", "\u049B\u04B1\u0440\u0493\u0430\u043D", "\u043D\u0435\u0433\u0456\u0437\u0456\u043D", "\u043E\u0441\u043D\u043E\u0432\u0430\u043D", "\u043E\u0441\u043D\u043E\u0432\u0430\u043D\u0430", "\u043E\u0441\u043D\u043E\u0432\u0430\u043B\u0438", "\u043E\u0441\u043D\u043E\u0432\u0430\u043D\u0438\u0435", "\u0441\u043E\u0437\u0434\u0430\u043D", "\u0441\u043E\u0437\u0434\u0430\u043D\u0430", "\u0441\u043E\u0437\u0434\u0430\u043D\u0438\u0435", "\u043E\u0431\u0440\u0430\u0437\u043E\u0432\u0430\u043D", "\u043E\u0431\u0440\u0430\u0437\u043E\u0432\u0430\u043D\u0430", "\u049B\u04B1\u0440\u044B\u043B\u0434\u044B", "\u049B\u04B1\u0440\u044B\u043B\u0493\u0430\u043D", "\u049B\u04B1\u0440\u044B\u043B\u0443\u044B"],
  congress: ["\u0441\u044A\u0435\u0437\u0434", "\u0441\u044A\u0435\u0437\u0434\u0430", "\u0441\u044A\u0435\u0437\u0434\u0435", "\u049B\u04B1\u0440\u044B\u043B\u0442\u0430\u0439", "\u049B\u04B1\u0440\u044B\u043B\u0442\u0430\u0439\u044B", "\u0441\u044A\u0435\u0437\u0456"],
  first: ["\u043F\u0435\u0440\u0432\u044B\u0439", "\u043F\u0435\u0440\u0432\u043E\u0433\u043E", "\u043F\u0435\u0440\u0432\u043E\u043C", "\u0431\u0456\u0440\u0456\u043D\u0448\u0456"],
  second: ["\u0432\u0442\u043E\u0440\u043E\u0439", "\u0432\u0442\u043E\u0440\u043E\u0433\u043E", "\u0432\u0442\u043E\u0440\u043E\u043C", "\u0435\u043A\u0456\u043D\u0448\u0456"],
  newspaper: ["\u0433\u0430\u0437\u0435\u0442\u0430", "\u0433\u0430\u0437\u0435\u0442\u044B", "\u0433\u0430\u0437\u0435\u0442\u0435", "\u0433\u0430\u0437\u0435\u0442\u0443", "\u0433\u0430\u0437\u0435\u0442\u043E\u0439", "\u0433\u0430\u0437\u0435\u0442\u0456", "\u0433\u0430\u0437\u0435\u0442\u0456\u043D"],
  letter: ["\u043F\u0438\u0441\u044C\u043C\u043E", "\u043F\u0438\u0441\u044C\u043C\u0430", "\u0445\u0430\u0442", "\u0445\u0430\u0442\u044B"],
  five: ["\u043F\u044F\u0442\u0438", "\u0431\u0435\u0441\u0442\u0456\u04A3", "\u0431\u0435\u0441"],
  famine: ["\u0433\u043E\u043B\u043E\u0434", "\u0433\u043E\u043B\u043E\u0434\u0430", "\u0433\u043E\u043B\u043E\u0434\u0435"],
  party: ["\u043F\u0430\u0440\u0442\u0438\u044F", "\u043F\u0430\u0440\u0442\u0438\u0438", "\u043F\u0430\u0440\u0442\u0438\u044F\u0441\u044B"],
  autonomy: ["\u0430\u0432\u0442\u043E\u043D\u043E\u043C\u0438\u044F", "\u0430\u0432\u0442\u043E\u043D\u043E\u043C\u0438\u0438", "\u0430\u0432\u0442\u043E\u043D\u043E\u043C\u0438\u044F\u0441\u044B"],
  government: ["\u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E", "\u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u0430", "\u04AF\u043A\u0456\u043C\u0435\u0442", "\u04AF\u043A\u0456\u043C\u0435\u0442\u0456"],
  monument: ["\u043F\u0430\u043C\u044F\u0442\u043D\u0438\u043A", "\u0435\u0441\u043A\u0435\u0440\u0442\u043A\u0456\u0448"],
  end: ["close", "closed", "closure", "stopped", "stop", "ceased", "cease", "dissolved", "dissolution", "dissolve", "ended", "ceased", "abolished", "abolition", "liquidated", "liquidation", "\u0440\u043E\u0441\u043F\u0443\u0441\u043A", "\u0440\u0430\u0441\u043F\u0443\u0449\u0435\u043D\u0430", "\u0440\u0430\u0441\u043F\u0443\u0449\u0435\u043D\u043E", "\u043B\u0438\u043A\u0432\u0438\u0434\u0430\u0446\u0438\u044F", "\u043B\u0438\u043A\u0432\u0438\u0434\u0438\u0440\u043E\u0432\u0430\u043D\u0430", "\u0443\u043F\u0440\u0430\u0437\u0434\u043D\u0435\u043D\u0430", "\u0442\u0430\u0440\u0430\u0442\u044B\u043B\u0434\u044B", "\u0442\u0430\u0440\u0430\u0442\u044B\u043B\u0443\u044B", "\u043A\u043E\u043D\u0435\u0446"],
  word: ["mean", "means", "meaning", "\u0437\u043D\u0430\u0447\u0438\u0442", "\u043E\u0437\u043D\u0430\u0447\u0430\u0435\u0442", "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", "\u043C\u0430\u0493\u044B\u043D\u0430\u0441\u044B"],
  chairman: ["chair", "chaired", "chairmen", "presided", "leader", "leaders", "led", "lead", "head", "headed", "president", "\u043F\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043B\u044C", "\u043F\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043B\u0435\u043C", "\u0432\u043E\u0437\u0433\u043B\u0430\u0432\u043B\u044F\u043B", "\u0433\u043B\u0430\u0432\u0430", "\u043B\u0438\u0434\u0435\u0440", "\u043B\u0438\u0434\u0435\u0440\u043E\u043C", "\u0442\u04E9\u0440\u0430\u0493\u0430", "\u0442\u04E9\u0440\u0430\u0493\u0430\u0441\u044B", "\u0431\u0430\u0441\u0448\u044B", "\u0431\u0430\u0441\u0448\u044B\u0441\u044B", "\u0431\u0430\u0441\u049B\u0430\u0440\u0434\u044B"],
  seat: ["headquarters", "capital", "centre", "center", "based", "sat", "sit", "sits", "sitting", "\u0441\u0442\u043E\u043B\u0438\u0446\u0430", "\u0441\u0442\u043E\u043B\u0438\u0446\u0435\u0439", "\u0446\u0435\u043D\u0442\u0440", "\u0446\u0435\u043D\u0442\u0440\u043E\u043C", "\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0446\u0438\u044F", "\u043E\u0440\u0442\u0430\u043B\u044B\u0493\u044B", "\u0430\u0441\u0442\u0430\u043D\u0430\u0441\u044B"],
  colour: ["color", "colours", "colors", "\u0446\u0432\u0435\u0442", "\u0446\u0432\u0435\u0442\u0430", "\u0442\u04AF\u0441", "\u0442\u04AF\u0441\u0456"],
  ideology: ["beliefs", "belief", "views", "stand", "stood", "\u0438\u0434\u0435\u043E\u043B\u043E\u0433\u0438\u044F", "\u0438\u0434\u0435\u043E\u043B\u043E\u0433\u0438\u0435\u0439", "\u0432\u0437\u0433\u043B\u044F\u0434\u044B", "\u0438\u0434\u0435\u043E\u043B\u043E\u0433\u0438\u044F\u0441\u044B", "\u043A\u04E9\u0437\u049B\u0430\u0440\u0430\u0441\u044B"],
  published: ["publish", "printed", "print", "issued", "\u043F\u0435\u0447\u0430\u0442\u0430\u043B\u0430\u0441\u044C", "\u043F\u0435\u0447\u0430\u0442\u0430\u043B\u0441\u044F", "\u0438\u0437\u0434\u0430\u0432\u0430\u043B\u0430\u0441\u044C", "\u0438\u0437\u0434\u0430\u0432\u0430\u043B\u0441\u044F", "\u0432\u044B\u0445\u043E\u0434\u0438\u043B\u0430", "\u0432\u044B\u0445\u043E\u0434\u0438\u043B", "\u0431\u0430\u0441\u044B\u043B\u0434\u044B", "\u0431\u0430\u0441\u044B\u043B\u0493\u0430\u043D", "\u0448\u044B\u049B\u0442\u044B"],
  members: ["member", "\u0447\u043B\u0435\u043D\u044B", "\u0447\u043B\u0435\u043D\u043E\u0432", "\u0447\u043B\u0435\u043D", "\u043C\u04AF\u0448\u0435", "\u043C\u04AF\u0448\u0435\u0441\u0456", "\u043C\u04AF\u0448\u0435\u043B\u0435\u0440\u0456"],
  buried: ["grave", "burial", "\u043F\u043E\u0445\u043E\u0440\u043E\u043D\u0435\u043D", "\u043F\u043E\u0445\u043E\u0440\u043E\u043D\u0435\u043D\u0430", "\u043C\u043E\u0433\u0438\u043B\u0430", "\u0436\u0435\u0440\u043B\u0435\u043D\u0433\u0435\u043D", "\u0437\u0438\u0440\u0430\u0442\u044B"],
  wrote: ["write", "written", "author", "authored", "\u043D\u0430\u043F\u0438\u0441\u0430\u043B", "\u043D\u0430\u043F\u0438\u0441\u0430\u043B\u0430", "\u0430\u0432\u0442\u043E\u0440", "\u0430\u0432\u0442\u043E\u0440\u043E\u043C", "\u0436\u0430\u0437\u0434\u044B", "\u0436\u0430\u0437\u0493\u0430\u043D", "\u0430\u0432\u0442\u043E\u0440\u044B"],
  signed: ["sign", "signatory", "signatories", "\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B", "\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B\u0438", "\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043D"],
  editor: ["edited", "edit", "editors", "\u0440\u0435\u0434\u0430\u043A\u0442\u043E\u0440", "\u0440\u0435\u0434\u0430\u043A\u0442\u043E\u0440\u043E\u043C", "\u0440\u0435\u0434\u0430\u043A\u0442\u043E\u0440\u044B", "\u0440\u0435\u0434\u0430\u043A\u0446\u0438\u044F\u043B\u0430\u0434\u044B"],
  arrested: ["arrest", "arrests", "\u0430\u0440\u0435\u0441\u0442\u043E\u0432\u0430\u043D", "\u0430\u0440\u0435\u0441\u0442\u043E\u0432\u0430\u043D\u0430", "\u0430\u0440\u0435\u0441\u0442\u043E\u0432\u0430\u043D\u044B", "\u0430\u0440\u0435\u0441\u0442", "\u04B1\u0441\u0442\u0430\u043B\u0434\u044B", "\u0442\u04B1\u0442\u049B\u044B\u043D\u0434\u0430\u043B\u0434\u044B"],
  successor: ["succeeded", "succeed", "\u043F\u0440\u0435\u0435\u043C\u043D\u0438\u043A", "\u0441\u043C\u0435\u043D\u0438\u043B"],
  oblast: ["province", "region", "\u043E\u0431\u043B\u0430\u0441\u0442\u044C", "\u043E\u0431\u043B\u0430\u0441\u0442\u0438", "\u043E\u0431\u043B\u044B\u0441\u044B"],
  rehabilitated: ["rehabilitation", "\u0440\u0435\u0430\u0431\u0438\u043B\u0438\u0442\u0438\u0440\u043E\u0432\u0430\u043D", "\u0440\u0435\u0430\u0431\u0438\u043B\u0438\u0442\u0438\u0440\u043E\u0432\u0430\u043D\u0430", "\u0440\u0435\u0430\u0431\u0438\u043B\u0438\u0442\u0430\u0446\u0438\u044F", "\u0430\u049B\u0442\u0430\u043B\u0434\u044B", "\u0430\u049B\u0442\u0430\u043B\u0493\u0430\u043D"],
  lifetime: ["live", "lived", "lifespan", "\u0436\u0438\u043B", "\u0436\u044B\u043B \u0441\u04AF\u0440\u0434\u0456", "\u04E9\u043C\u0456\u0440 \u0441\u04AF\u0440\u0434\u0456"],
  militia: ["army", "troops", "soldiers", "\u043C\u0438\u043B\u0438\u0446\u0438\u044F", "\u0430\u0440\u043C\u0438\u044F", "\u0432\u043E\u0439\u0441\u043A\u043E", "\u04D9\u0441\u043A\u0435\u0440", "\u04D9\u0441\u043A\u0435\u0440\u0456"]
};
var SYNONYM_OF = new Map(
  Object.entries(SYNONYMS).flatMap(([target, words]) => words.map((w) => [foldWord(toLatin(w)), foldWord(target)]))
);
var ATTRIBUTE_KEYS = new Set(
  ["founding", "end", "word", "chairman", "seat", "colour", "ideology", "published", "members", "buried", "wrote", "signed", "editor", "arrested", "successor", "rehabilitated", "lifetime"].map(foldWord)
);
function canonicalWord(folded) {
  return SYNONYM_OF.get(folded) ?? folded;
}
var stemWord = remembered(stemOnce);
function stemOnce(folded) {
  let w = folded;
  for (const ending of STEM_ENDINGS) {
    const m = ending.exec(w);
    if (m && w.length - m[0].length >= 4) w = w.slice(0, w.length - m[0].length);
  }
  return w;
}
var STEM_ENDINGS = [
  /(?:lar|ler|dar|der|tar|ter)(?:di|ni|ti|si|ga|ge|ka|ke|da|de|ta|te|din|nin|tin|dan|den|tan|ten|i)?$/,
  /(?:nin|din|tin|nan|nen|dan|den|tan|ten|na|ne|ga|ge|ka|ke|da|de|ta|te|di|ni|ti|si)$/,
  /(?:ings|ing|ies|es|ed|ami|ah|am|um|ui|ei|iu|ia|s|a|u|e|i)$/
];

// src/core/units.ts
function isDisputedUnit(u) {
  return u.versions.length > 1;
}
var PLACE_WORDS = /\b(in|at|near|to|from)\s+[A-Z]|\b(prison|camp|city|town|village|oblast|province|region|district|uezd|volost|steppe|capital|seat|buried|exile[d]?)\b/;
var NUMBER = /\b\d[\d,.]*\b(?!-\d{2})|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;
var REASON_WORDS = /\b(because|over|after|for|since|due to|so that|to protest|in protest|caused|cause|reason|accused|charged|as a result)\b/i;
var MEANING_WORDS = /\b(means?|meaning|name[ds]?|called|word|stands? for|translat\w*|literally)\b/i;
function unitsOf(knowledge, readings) {
  let people;
  const fromText = (field, versions, extra, entry) => read(field, versions, extra, entry, people ??= peopleNames(knowledge));
  if (readings) {
    let next = 0;
    const units = knowledge.entries.flatMap((entry) => entryUnits(entry, (...unit) => readings[next++] ?? fromText(...unit)));
    if (next === readings.length) return units;
  }
  return knowledge.entries.flatMap((entry) => entryUnits(entry, fromText));
}
function readingsOf(units) {
  return units.map((u) => ({ names: u.names, gives: [...u.gives] }));
}
function entryUnits(entry, reading) {
  const units = [];
  const add = (field, versions, extra = {}) => {
    const { names, gives } = reading(field, versions, extra, entry);
    units.push({ id: `${entry.id}#${units.length}`, entry, field, label: extra.label, versions, gives: new Set(gives), names, order: units.length });
  };
  add("summary", [{ text: entry.summary.text, sources: entry.summary.sources }], { gives: ["description", "profile"] });
  if (entry.kind === "person") {
    if (entry.born.length) add("born", entry.born.map(dateVersion), { gives: ["date"] });
    if (entry.died.length) add("died", entry.died.map(dateVersion), { gives: ["date"] });
    if (entry.born.some((v) => v.place)) add("born", entry.born.filter((v) => v.place).map(placeVersion), { label: "born", gives: ["place"] });
    if (entry.died.some((v) => v.place)) add("died", entry.died.filter((v) => v.place).map(placeVersion), { label: "died", gives: ["place"] });
    for (const r of entry.roles) {
      add("role", [{ text: r.title, sources: r.sources, date: r.from, end: r.to && r.to !== r.from ? r.to : void 0 }], { label: r.title });
    }
  }
  if (entry.kind === "event") {
    add("when", entry.when.map(dateVersion), { gives: ["date"] });
    const placed = entry.when.filter((v) => v.place);
    if (placed.length) add("place", placed.map(placeVersion), { gives: ["place"] });
    else if (entry.place) add("place", [{ text: entry.place, sources: entry.when[0].sources }], { gives: ["place"] });
    if (entry.participants.length) {
      add("participants", [{ text: entry.participants.join(" "), sources: entry.summary.sources }], { gives: ["person"] });
      units.at(-1).names = [...entry.participants];
    }
  }
  if (entry.kind !== "person" && entry.kind !== "event") {
    for (const a of entry.attributes) {
      add("attribute", [{ text: a.value, sources: a.sources, note: a.note }], { label: a.label, gives: attributeGives(a.label) });
    }
  }
  for (const f of entry.facts) {
    if (isDisputed(f)) add("fact", f.versions.map((v) => ({ text: v.text, sources: v.sources, date: v.date, end: v.end })), { label: f.about });
    else add("fact", [{ text: f.text, sources: f.sources, date: f.date, end: f.end }]);
  }
  return units;
}
function read(field, versions, extra, entry, people) {
  const text = versions.map((v) => `${extra.label ?? ""} ${v.text} ${v.note ?? ""}`).join(" ");
  const names = people.find(text, entry.id);
  const gives = new Set(extra.gives ?? []);
  if (versions.some((v) => v.date)) gives.add("date");
  if (names.length || entry.kind === "person" && (field === "fact" || field === "role")) gives.add("person");
  if (PLACE_WORDS.test(text)) gives.add("place");
  if (NUMBER.test(versions.map((v) => v.text).join(" "))) gives.add("number");
  if (REASON_WORDS.test(text)) gives.add("reason");
  if (MEANING_WORDS.test(text)) gives.add("meaning");
  return { names, gives: [...gives] };
}
function dateVersion(v) {
  const marks = [v.calendar === "julian" ? "old style" : void 0, v.circa ? "approximately" : void 0].filter(Boolean).join(", ");
  return { text: v.date, date: v.date, end: v.end, note: v.note, marks: marks || void 0, place: v.place, sources: v.sources };
}
function placeVersion(v) {
  return { text: v.place, sources: v.sources, note: v.note };
}
function attributeGives(label) {
  const l = label.toLowerCase();
  const gives = [];
  if (/seat|capital|headquarters|place|city|printed|published|location|based|centre|center|where/.test(l)) gives.push("place");
  if (/leader|head|chair|founder|editor|president|members?\b|author|publisher/.test(l)) gives.push("person");
  if (/founded|date|years?|period|dissolved|ended|first|last|existed|active/.test(l)) gives.push("date");
  if (/meaning|name|motto|translation/.test(l)) gives.push("meaning");
  if (/number|size|members|circulation|issues|strength/.test(l)) gives.push("number");
  return gives;
}
function peopleNames(knowledge) {
  const bySurname = /* @__PURE__ */ new Map();
  for (const e of knowledge.entries) {
    if (e.kind !== "person") continue;
    const surnames = new Set([e.name, ...e.aliases].map((n) => foldText(n).at(-1)).filter((w) => !!w && w.length >= 5));
    for (const s of surnames) bySurname.set(s, [.../* @__PURE__ */ new Set([...bySurname.get(s) ?? [], e.id])]);
  }
  return {
    find(text, self) {
      const found = /* @__PURE__ */ new Set();
      for (const w of foldText(text)) {
        const ids = bySurname.get(w);
        if (ids?.length === 1 && ids[0] !== self) found.add(ids[0]);
      }
      return [...found];
    }
  };
}

// src/core/fact-index.ts
var FactIndex = class _FactIndex {
  units;
  byId = /* @__PURE__ */ new Map();
  byEntry = /* @__PURE__ */ new Map();
  index;
  /** Loads the compiled index on the first search (see `search`). */
  load;
  constructor(knowledge) {
    const compiled = knowledge.compiled?.[_FactIndex.NAME];
    const usable = compiled?.search && compiled.units ? compiled : void 0;
    this.units = unitsOf(knowledge, usable?.units);
    for (const u of this.units) {
      this.byId.set(u.id, u);
      this.byEntry.set(u.entry.id, [...this.byEntry.get(u.entry.id) ?? [], u]);
    }
    const options = {
      fields: ["label", "text", "local"],
      storeFields: [],
      tokenize: (text) => toLatin(text).split(" "),
      processTerm: topicKey,
      searchOptions: { boost: { label: 2 } }
    };
    if (usable) this.load = () => MiniSearch.loadJS(usable.search, options);
    else {
      this.index = new MiniSearch(options);
      const local = ["ru", "kk"].map((lang) => unitsOf(knowledgeIn(knowledge, lang)));
      this.index.addAll(this.units.map((u, i) => documentOf(u, local.map((l) => l[i]).filter((x) => x?.id === u.id))));
    }
  }
  /** Its name among the compiled indexes of a knowledge snapshot. */
  static NAME = "facts";
  /** The index in MiniSearch's plain form, with each unit's reading, for a knowledge snapshot. */
  toJSON() {
    return { search: this.search.toJSON(), units: readingsOf(this.units) };
  }
  get search() {
    return this.index ??= this.load();
  }
  /** Units of one entry, in the entry's own order. */
  of(entryId) {
    return this.byEntry.get(entryId) ?? [];
  }
  /**
   * Units whose text holds the topic words, best first. `words` are folded keys (foldWord, then
   * canonicalWord), as the question reader makes them. With `entryIds`, only those entries' units;
   * with `local` (default false), the units' Russian and Kazakh texts count too.
   */
  find(words, options = {}) {
    const keys = [...new Set(words.map(stemWord))].filter((w) => w.length > 1);
    if (!keys.length) return [];
    const filter = options.entryIds ? (r) => options.entryIds.has(this.byId.get(r.id).entry.id) : void 0;
    const results = this.search.search(keys.join(" "), {
      combineWith: "OR",
      // Russian and Kazakh words are looked for in the units' Russian and Kazakh texts too;
      // English ones only in the English, which those texts would otherwise outweigh.
      fields: options.local ? ["label", "text", "local"] : ["label", "text"],
      prefix: (t) => t.length >= 6,
      fuzzy: (t) => t.length >= 8 ? 1 : 0,
      processTerm: (t) => t,
      // Other entries' units are not scored at all (a boost of 0); the kept ones score as before.
      boostDocument: filter ? (id) => filter({ id }) ? 1 : 0 : void 0,
      filter
    });
    return results.slice(0, options.limit ?? 20).map((r) => ({
      unit: this.byId.get(r.id),
      score: r.score,
      words: keys.filter((k) => r.queryTerms.includes(k) || r.terms.some((t) => t.startsWith(k)))
    }));
  }
};
function topicKey(term) {
  if (!term) return null;
  return stemWord(canonicalWord(foldWord(term)));
}
function documentOf(u, translated = []) {
  const text = u.versions.map((v) => `${v.text} ${v.note ?? ""}`).join(" \n ");
  const named = u.field === "when" || u.field === "place" || u.field === "participants" ? u.entry.name : "";
  const label = [u.label ?? "", named, u.field === "born" ? "born birth" : "", u.field === "died" ? "died death" : "", u.field === "participants" ? "participants took part members" : ""].join(" ");
  const local = translated.map((t) => [t.label ?? "", named ? t.entry.name : "", ...t.versions.map((v) => `${v.text} ${v.note ?? ""}`)].join(" \n ")).join(" \n ");
  return { id: u.id, entry: u.entry.id, label, text, local };
}

// src/core/search-index.ts
var SMALL = new Set([...QUESTION_WORDS].map(foldWord));
function fuzziness(term) {
  if (term.length <= 3) return 0;
  if (term.length <= 7) return 1;
  return 2;
}
var EntryIndex = class _EntryIndex {
  index;
  /** Loads the compiled names-and-text index on its first search: a name alone needs only `nameSearch`. */
  load;
  /**
   * The names alone, scored exactly as `search` scores its names field: a typo allowance walks
   * every word of an index, and names have a tenth of the words of names and text together.
   */
  nameSearch;
  byId;
  /** Every word of every name, as indexed: a word found here needs no typo allowance. */
  nameWords;
  /** Every word of every entry's text, as indexed: such a word in a question is no typo either. */
  textWords = /* @__PURE__ */ new Set();
  /** Each entry's names, folded, without small words: for whole-name matches and fit. */
  names;
  /** Its name among the compiled indexes of a knowledge snapshot. */
  static NAME = "entries";
  constructor(knowledge) {
    this.byId = knowledge.byId;
    const options = {
      fields: ["names", "text"],
      tokenize: (text) => toLatin(text).split(" "),
      // Index words get the same folding and synonyms as question words (see contentWords).
      processTerm: (term, field) => {
        if (!term) return null;
        const key = canonicalWord(foldWord(term));
        if (field === "text") this.textWords.add(key);
        return key;
      },
      searchOptions: { boost: { names: 4 }, fuzzy: false }
    };
    const compiled = knowledge.compiled?.[_EntryIndex.NAME];
    const nameOptions = { ...options, fields: ["names"] };
    if (compiled) {
      this.load = () => MiniSearch.loadJS(compiled.search, options);
      this.textWords = new Set(compiled.textWords);
    } else {
      this.index = new MiniSearch(options);
      this.index.addAll(knowledge.entries.map(documentOf2));
    }
    if (compiled?.nameSearch) this.nameSearch = MiniSearch.loadJS(compiled.nameSearch, nameOptions);
    else {
      this.nameSearch = new MiniSearch(nameOptions);
      this.nameSearch.addAll(knowledge.entries.map(nameDocOf));
    }
    if (compiled?.nameWords && compiled.names) {
      this.nameWords = new Set(compiled.nameWords);
      this.names = new Map(compiled.names);
      return;
    }
    this.nameWords = /* @__PURE__ */ new Set();
    this.names = /* @__PURE__ */ new Map();
    for (const e of knowledge.entries) {
      const names = namesOf(e).map((n) => foldText(n).map(canonicalWord));
      for (const n of names) for (const w of n) this.nameWords.add(w);
      this.names.set(
        e.id,
        names.map((n) => n.filter((w) => !SMALL.has(w)))
      );
    }
  }
  /** The index in MiniSearch's plain form, with the words of the entries' text and names, for a knowledge snapshot. */
  toJSON() {
    return { search: this.search.toJSON(), nameSearch: this.nameSearch.toJSON(), textWords: [...this.textWords], nameWords: [...this.nameWords], names: [...this.names] };
  }
  get search() {
    return this.index ??= this.load();
  }
  /**
   * Entries whose names match the words, best first. `words` are folded keys (see foldText),
   * already without question words.
   */
  lookup(words, limit = 5) {
    if (!words.length) return [];
    const query = words.join(" ");
    const fuzzy = (term) => this.nameWords.has(term) || this.textWords.has(term) ? 0 : fuzziness(term);
    const options = { fuzzy, maxFuzzy: 2, combineWith: "OR", processTerm: asFolded };
    const byName = this.nameSearch.search(query, { ...options, fields: ["names"] });
    if (!byName.length) return [];
    const candidates = byName.slice(0, 10);
    const lacking = words.filter((w) => candidates.some((r) => !r.queryTerms.includes(w)));
    const ids = new Set(candidates.map((r) => r.id));
    const boostDocument = (id) => ids.has(id) ? 1 : 0;
    const byText = new Map(
      lacking.length ? this.search.search(lacking.join(" "), { ...options, fuzzy: false, fields: ["text"], boostDocument }).map((r) => [r.id, r]) : []
    );
    return candidates.map((r) => this.match(r, words, byText.get(r.id))).sort((a, b) => b.coverage - a.coverage || b.fit - a.fit || b.score - a.score).slice(0, limit);
  }
  /**
   * Names near the words of a question nothing answered, for "did you mean...?". Only longer
   * words count: a short one ("best", "of") would suggest whatever shares it.
   */
  suggest(words, limit = 3) {
    const long = words.filter((w) => w.length >= 5);
    if (!long.length) return [];
    return this.nameSearch.search(long.join(" "), { fields: ["names"], fuzzy: (t) => fuzziness(t) + 1, maxFuzzy: 3, combineWith: "OR", processTerm: asFolded }).slice(0, limit).map((r) => this.byId.get(r.id));
  }
  /** Full-text search over names and text, for `/search`. */
  fullText(words, limit = 8) {
    if (!words.length) return [];
    const results = this.search.search(words.join(" "), {
      fuzzy: (term) => fuzziness(term),
      maxFuzzy: 2,
      prefix: (term) => term.length >= 4,
      combineWith: "OR",
      processTerm: asFolded
    });
    return results.slice(0, limit).map((r) => this.match(r, words, r));
  }
  /** As-you-type completion on names: prefixes, typos, either script. */
  complete(partial, limit) {
    const query = toLatin(partial);
    if (!query) return [];
    const results = this.search.search(query, {
      fields: ["names"],
      prefix: true,
      fuzzy: (term) => term.length >= 4 ? 1 : 0,
      combineWith: "AND"
    });
    const found = results.length ? results : this.search.search(query, { fields: ["names"], prefix: true, fuzzy: (t) => fuzziness(t), combineWith: "OR" });
    const typed = foldText(partial).map(canonicalWord).join(" ");
    const distance = (id) => Math.min(...this.names.get(id).filter((n) => n.join(" ").startsWith(typed)).map((n) => n.length), 99);
    return found.map((r, i) => ({ id: r.id, rank: distance(r.id) * found.length + i })).sort((a, b) => a.rank - b.rank).slice(0, limit).map((r) => this.byId.get(r.id));
  }
  match(result, words, text) {
    const inNames = new Set(result.queryTerms);
    const inText = new Set(text?.queryTerms ?? []);
    const found = words.filter((w) => inNames.has(w) || inText.has(w));
    const exact = words.filter((w) => inNames.has(w)).every((w) => result.terms.includes(w));
    const names = this.names.get(result.id);
    const asked = words.join(" ");
    const whole = names.some((n) => n.join(" ") === asked);
    const fit = Math.max(0, ...names.map((n) => n.filter((w) => words.includes(w)).length / (n.length || 1)));
    const nameWords = words.filter((w) => inNames.has(w));
    return {
      entry: this.byId.get(result.id),
      score: result.score + (text ? text.score / 2 : 0),
      coverage: found.length / words.length,
      names: nameWords.length / words.length,
      nameWords,
      exact,
      whole,
      fit
    };
  }
};
var asFolded = (term) => term;
function nameDocOf(entry) {
  return { id: entry.id, names: namesOf(entry).join(" \n "), text: "" };
}
function documentOf2(entry) {
  const text = [entry.summary.text];
  for (const f of entry.facts) {
    if (isDisputed(f)) text.push(f.about, ...f.versions.map((v) => v.text));
    else text.push(f.text);
  }
  if (entry.kind === "person") text.push(...entry.roles.map((r) => r.title));
  if (entry.kind === "event" && entry.place) text.push(entry.place);
  if (entry.kind !== "person" && entry.kind !== "event") text.push(...entry.attributes.map((a) => `${a.label} ${a.value}`));
  return { ...nameDocOf(entry), text: text.join("\n") };
}

export {
  knowledgeIn,
  KnowledgeError,
  loadKnowledge,
  writeSnapshot,
  toLatin,
  foldWord,
  foldText,
  QUESTION_WORDS,
  ATTRIBUTE_KEYS,
  canonicalWord,
  stemWord,
  isDisputedUnit,
  unitsOf,
  FactIndex,
  topicKey,
  EntryIndex
};
