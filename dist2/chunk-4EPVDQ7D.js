import {
  isDisputed
} from "./chunk-MORHW4X2.js";
import {
  formatRange,
  overlaps,
  parseDateText
} from "./chunk-324J56RK.js";
import {
  say
} from "./chunk-22437TY6.js";

// src/core/citations.ts
function citations(sources) {
  const used = [];
  const cite = ((keys) => {
    for (const k of keys) if (!used.includes(k)) used.push(k);
    return `[${keys.join(", ")}]`;
  });
  cite.list = () => sourceRefs(sources, used);
  return cite;
}
function sourceRefs(sources, keys) {
  return keys.map((key) => {
    const s = sources[key];
    return { key, title: s ? `${s.title}${s.weak ? " (weaker source)" : ""}` : key, url: s?.url };
  });
}

// src/core/timeline.ts
var RANK = { year: 1, month: 2, day: 3 };
var Timeline = class {
  moments;
  /**
   * @param knowledge the knowledge, in `lang` for moments told in another language
   * @param lang the language of the moments' texts (default English); every language's timeline
   *   has the same moments in the same order
   */
  constructor(knowledge, lang = "en") {
    const out = [];
    for (const entry of knowledge.entries) out.push(...momentsOf(entry, lang));
    out.sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last);
    this.moments = withoutEchoes(out);
  }
  /** What happened at a mentioned date, most precise first in date order. */
  at(mention) {
    if (mention.invalid) return [];
    if (!mention.span) {
      return this.moments.filter((m) => m.span.precision === "day" && dayMonthMatches(m.span.first, mention.month, mention.day));
    }
    const q = mention.span;
    const rank = RANK[q.precision];
    const isRange = q.last - q.first > 366;
    const length = q.last - q.first;
    const found = this.moments.filter(
      (m) => overlaps(m.span, q) && (isRange || RANK[m.span.precision] >= rank) && (m.span.first >= q.first || m.span.last - m.span.first <= length)
    );
    return [...found.filter((m) => m.entry.kind === "event"), ...found.filter((m) => m.entry.kind !== "event")];
  }
  /**
   * What happened on a day and month in any year ("on this day"), in date order: moments dated
   * to the day that begin or end on it. 29 February matches only leap years' moments.
   */
  onDay(month, day) {
    return this.moments.filter(
      (m) => m.span.precision === "day" && (dayMonthMatches(m.span.first, month, day) || m.span.last !== m.span.first && dayMonthMatches(m.span.last, month, day))
    );
  }
  /**
   * The nearest days of the year before and after a day and month that have moments of their
   * own (`onDay`), looking around the calendar at most half a year each way. Either is undefined
   * when the knowledge dates nothing to the day.
   */
  nearestDays(month, day) {
    const origin = Date.UTC(2e3, month - 1, day);
    const find = (step) => {
      for (let i = 1; i <= 183; i++) {
        const d = new Date(origin + step * i * 864e5);
        const at = { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        if (this.onDay(at.month, at.day).length) return at;
      }
      return void 0;
    };
    return { before: find(-1), after: find(1) };
  }
  /** The moments nearest to a day, within `days`, for "nothing on that day; closest: ...". */
  near(span, days) {
    return this.moments.filter((m) => m.span.precision === "day" && Math.abs(m.span.first - span.first) <= days).sort((a, b) => Math.abs(a.span.first - span.first) - Math.abs(b.span.first - span.first));
  }
};
function withoutEchoes(moments) {
  const rank = (m) => m.what === "event" ? 3 : m.entry.kind === "event" ? 2 : m.what === "life" ? 1 : 0;
  const linked = (a, b) => a.entry === b.entry || a.people.includes(b.entry.id) || b.people.includes(a.entry.id) || a.entry.related.includes(b.entry.id) || b.entry.related.includes(a.entry.id);
  const kept = /* @__PURE__ */ new Set();
  for (const m of [...moments].sort((x, y) => rank(y) - rank(x))) {
    const echo = m.what !== "event" && [...kept].some((o) => {
      if (rank(o) <= rank(m)) return false;
      if (o.entry === m.entry && o.what === "event") return overlaps(o.span, m.span) && o.span.last - o.span.first <= 62;
      return o.date === m.date && o.end === m.end && linked(o, m);
    });
    if (!echo) kept.add(m);
  }
  return moments.filter((m) => kept.has(m));
}
function dayMonthMatches(epochDay, month, day) {
  const d = new Date(epochDay * 864e5);
  return d.getUTCMonth() + 1 === month && d.getUTCDate() === day;
}
function momentsOf(entry, lang) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (v, text, people2, others = [], what = "fact") => {
    const first = parseDateText(v.date);
    const key = `${v.date}|${v.end ?? ""}`;
    if (!first || seen.has(key)) return;
    seen.add(key);
    const last = v.end ? parseDateText(v.end) : null;
    const span = last ? { ...first, last: last.last } : first;
    out.push({
      span,
      date: v.date,
      end: v.end,
      circa: v.circa,
      text,
      entry,
      people: people2,
      what,
      sources: v.sources,
      otherVersions: others.filter((o) => o !== v && o.date !== void 0 && (o.date !== v.date || o.end !== v.end)).map((o) => ({
        date: o.date,
        end: o.end,
        circa: "circa" in o ? o.circa : void 0,
        note: "note" in o ? o.note : void 0,
        sources: o.sources
      }))
    });
  };
  const people = entry.kind === "event" ? entry.participants : [];
  if (entry.kind === "event") {
    for (const v of entry.when) add(v, `${entry.name}: ${entry.summary.text}`, entry.participants, entry.when, "event");
  }
  if (entry.kind === "person") {
    for (const v of entry.born) add(v, say(v.place ? "moment.bornIn" : "moment.born", { name: entry.name, place: v.place }, lang), [], entry.born, "life");
    for (const v of entry.died) add(v, say(v.place ? "moment.diedIn" : "moment.died", { name: entry.name, place: v.place }, lang), [], entry.died, "life");
  }
  for (const fact of entry.facts) {
    if (isDisputed(fact)) {
      const dated = fact.versions.filter((v) => v.date !== void 0);
      for (const v of dated) add({ ...v, date: v.date }, `${entry.name}: ${v.text}`, people, fact.versions);
    } else if (fact.date) {
      add({ ...fact, date: fact.date }, `${entry.name}: ${fact.text}`, people);
    }
  }
  return out;
}
function momentDate(m, lang = "en") {
  return `${m.circa ? say("card.circa", {}, lang) : ""}${formatRange(m.date, m.end, lang)}`;
}

export {
  citations,
  sourceRefs,
  Timeline,
  momentDate
};
