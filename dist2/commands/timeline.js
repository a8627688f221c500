import {
  momentDate,
  sourceRefs
} from "../chunk-4EPVDQ7D.js";
import "../chunk-MORHW4X2.js";
import {
  parseDateText
} from "../chunk-324J56RK.js";
import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// src/core/timeline-picture.ts
import { createRequire } from "node:module";
var DEFAULT_SPAN = { from: 1917, to: 1920 };
var MAX_ROWS = 24;
function readSpan(text2, topics, lang = "en") {
  const words = text2.toLowerCase().replace(/(\d)\s*[-–—]\s*(\d)/g, "$1 $2").split(/[\s,]+/).filter((w) => w && !["to", "till", "until", "from", "and", "\u0434\u043E", "\u043F\u043E", "\u0441", "\u043E\u0442", "\u0434\u0435\u0439\u0456\u043D", "\u0431\u0430\u0441\u0442\u0430\u043F"].includes(w));
  const years = [];
  let topic;
  for (const w of words) {
    if (/^\d{3,4}$/.test(w)) years.push(Number(w));
    else if (topics.has(w) && !topic) topic = w;
    else return { error: say("ui.timeline.unreadable", { topics: [...topics].sort().join(", ") }, lang) };
  }
  if (years.length > 2) return { error: say("ui.timeline.tooManyYears", {}, lang) };
  if (years.some((y) => y < 1e3 || y > 2100)) return { error: say("ui.timeline.yearRange", {}, lang) };
  if (!years.length) return topic ? { topic } : DEFAULT_SPAN;
  const [a, b = a] = years;
  return { from: Math.min(a, b), to: Math.max(a, b), ...topic ? { topic } : {} };
}
function timelineRows(library, span, lang = "en") {
  const first = span.from === void 0 ? -Infinity : Date.UTC(span.from, 0, 1) / 864e5;
  const last = span.to === void 0 ? Infinity : Date.UTC(span.to, 11, 31) / 864e5;
  const inSpan = library.timeline.moments.filter(
    (m) => m.span.first <= last && m.span.last >= first && (!span.topic || m.entry.topics.includes(span.topic))
  );
  const events = inSpan.filter((m) => m.entry.kind === "event");
  const told = (m) => library.momentIn(m, lang);
  const rows = toRows(events, told);
  return notableFirst(rows.length >= 5 ? rows : toRows(inSpan, told), library);
}
function notableFirst(rows, library) {
  if (rows.length <= MAX_ROWS) return rows;
  const mentions = /* @__PURE__ */ new Map();
  for (const e of library.knowledge.entries) {
    for (const id of [...e.related, ...e.kind === "event" ? e.participants : []]) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  }
  const weight = (r) => {
    const e = library.knowledge.byId.get(r.entry);
    return (mentions.get(r.entry) ?? 0) + (e?.kind === "event" ? e.participants.length : 0);
  };
  const kept = new Set([...rows].sort((a, b) => weight(b) - weight(a) || a.first - b.first).slice(0, MAX_ROWS));
  return [...rows.filter((r) => kept.has(r)), ...rows.filter((r) => !kept.has(r))];
}
function toRows(moments, told) {
  const lead = (m) => m.what === "event" && m.entry.kind === "event" ? m.entry.when.findIndex((v) => v.date === m.date && v.end === m.end) : 0;
  const ordered = [...moments].sort((a, b) => lead(a) - lead(b));
  const covered = /* @__PURE__ */ new Set();
  const rows = [];
  for (const m of ordered) {
    const key = `${m.entry.id}|${m.date}|${m.end ?? ""}`;
    if (covered.has(key)) continue;
    covered.add(key);
    const others = m.otherVersions.flatMap((o) => {
      covered.add(`${m.entry.id}|${o.date}|${o.end ?? ""}`);
      const span = daySpan(o.date, o.end);
      return span ? [{ date: o.date, end: o.end, circa: o.circa, ...span }] : [];
    });
    rows.push({
      date: m.date,
      end: m.end,
      circa: m.circa,
      first: m.span.first,
      last: m.span.last,
      label: labelOf(told(m)),
      others,
      sources: [.../* @__PURE__ */ new Set([...m.sources, ...m.otherVersions.flatMap((o) => o.sources)])],
      entry: m.entry.id
    });
  }
  return rows.sort((a, b) => a.first - b.first || a.last - b.last);
}
function labelOf(m) {
  const name = m.entry.name;
  if (m.what === "event") return name;
  const text2 = m.entry.kind === "event" && m.text.startsWith(`${name}: `) ? m.text.slice(name.length + 2) : m.text;
  return text2.replace(/\.$/, "");
}
function daySpan(date, end) {
  const a = parseDateText(date);
  const b = end ? parseDateText(end) : a;
  return a && b ? { first: a.first, last: b.last } : void 0;
}
function spanName(span) {
  const years = span.from === void 0 ? "" : span.from === span.to ? String(span.from) : `${span.from}\u2013${span.to}`;
  return [span.topic, years].filter(Boolean).join(", ");
}
var WIDTH = 1100;
var DATE_RIGHT = 300;
var AXIS_X = 320;
var LABEL_X = 340;
var LINE = 23;
var LABEL_CHARS = 78;
var BLUE = "#1f5fa8";
var ORANGE = "#c25e00";
var GREY = "#5f6b76";
var INK = "#1b1f24";
function timelineSvg(rows, options) {
  const lang = options.lang ?? "en";
  const shown = rows.slice(0, MAX_ROWS);
  const hidden = (options.hidden ?? 0) + (rows.length - shown.length);
  const out = [];
  const disputed = shown.filter((r) => r.others.length).length;
  out.push(text(48, 56, options.title, { size: 30, weight: "bold" }));
  const legend = `${shown.length + hidden} ${shown.length + hidden === 1 ? "entry" : "entries"}${disputed ? ` \xB7 orange: the sources disagree on the date` : ""}`;
  out.push(text(48, 86, legend, { size: 16, fill: GREY }));
  const all = shown.flatMap((r) => [r, ...r.others]);
  const lo = Math.min(...all.map((r) => r.first));
  const hi = Math.max(...all.map((r) => r.last));
  const y0 = new Date(lo * 864e5).getUTCFullYear();
  const y1 = new Date(hi * 864e5).getUTCFullYear() + 1;
  const start = Date.UTC(y0, 0, 1) / 864e5;
  const stop = Date.UTC(y1, 0, 1) / 864e5;
  const left = 60;
  const right = WIDTH - 60;
  const x = (day) => left + (day - start) / Math.max(1, stop - start) * (right - left);
  const axisY = 150;
  out.push(`<line x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}" stroke="${GREY}" stroke-width="2"/>`);
  const step = niceStep(y1 - y0);
  for (let y2 = Math.ceil(y0 / step) * step; y2 <= y1; y2 += step) {
    const tx = x(Date.UTC(y2, 0, 1) / 864e5);
    out.push(`<line x1="${f(tx)}" y1="${axisY - 6}" x2="${f(tx)}" y2="${axisY + 6}" stroke="${GREY}" stroke-width="1.5"/>`);
    out.push(text(tx, axisY + 26, String(y2), { size: 14, fill: GREY, anchor: "middle" }));
  }
  for (const r of shown) {
    const colour = r.others.length ? ORANGE : BLUE;
    const versions = [r, ...r.others];
    if (r.others.length) {
      const a = Math.min(...versions.map((v) => v.first));
      const b = Math.max(...versions.map((v) => v.last));
      out.push(`<line x1="${f(x(a))}" y1="${axisY - 14}" x2="${f(x(b))}" y2="${axisY - 14}" stroke="${ORANGE}" stroke-width="2" stroke-dasharray="5 4"/>`);
    }
    for (const v of versions) {
      if (x(v.last) - x(v.first) >= 4) {
        out.push(`<line x1="${f(x(v.first))}" y1="${axisY}" x2="${f(x(v.last))}" y2="${axisY}" stroke="${colour}" stroke-width="8" stroke-linecap="round" opacity="0.75"/>`);
      } else {
        out.push(`<circle cx="${f(x(v.first))}" cy="${axisY}" r="5" fill="${colour}" opacity="0.8"/>`);
      }
    }
  }
  let y = 220;
  const top = y - 8;
  const marks = [];
  for (const r of shown) {
    const colour = r.others.length ? ORANGE : BLUE;
    const lines = wrap(r.label, LABEL_CHARS, 2);
    out.push(text(DATE_RIGHT, y + 6, momentDate(r, lang), { size: 16, weight: "bold", fill: colour, anchor: "end" }));
    marks.push(`<circle cx="${AXIS_X}" cy="${y}" r="7" fill="${colour}" stroke="#ffffff" stroke-width="2"/>`);
    lines.forEach((line, i) => out.push(text(LABEL_X, y + 6 + i * LINE, line, { size: 17, fill: INK })));
    let height2 = lines.length * LINE;
    if (r.others.length) {
      const also = say("timeline.sourcesDiffer", { dates: r.others.map((o) => momentDate(o, lang)).join("; ") }, lang);
      for (const line of wrap(also, LABEL_CHARS + 8, 2)) {
        out.push(text(LABEL_X, y + 6 + height2, line, { size: 15, fill: ORANGE, style: "italic" }));
        height2 += LINE - 3;
      }
    }
    y += height2 + 16;
  }
  const bottom = y - 16 - LINE + 8;
  const list = [`<line x1="${AXIS_X}" y1="${top}" x2="${AXIS_X}" y2="${Math.max(top, bottom)}" stroke="#c9d1d9" stroke-width="3"/>`, ...marks];
  if (hidden > 0) {
    out.push(text(LABEL_X, y + 8, say("timeline.hidden", { count: hidden }, lang), { size: 16, fill: GREY, style: "italic" }));
    y += 34;
  }
  if (options.sources?.length) {
    for (const line of wrap(say("timeline.sources", { keys: options.sources.join(", ") }, lang), 120, 3)) {
      out.push(text(48, y + 14, line, { size: 13, fill: GREY }));
      y += 19;
    }
  }
  const height = Math.ceil(y + 30);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="PT Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...list,
    ...out,
    "</svg>"
  ].join("\n");
}
function escapeXml(value) {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}
function text(x, y, value, style) {
  const attrs = [
    `x="${f(x)}"`,
    `y="${f(y)}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : "",
    style.style ? `font-style="${style.style}"` : "",
    `fill="${style.fill ?? INK}"`,
    style.anchor ? `text-anchor="${style.anchor}"` : ""
  ].filter(Boolean);
  return `<text ${attrs.join(" ")}>${escapeXml(value)}</text>`;
}
function f(n) {
  return n.toFixed(1);
}
function niceStep(years) {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 500]) if (years / step <= 12) return step;
  return 1e3;
}
function wrap(value, width, max) {
  const lines = [];
  let line = "";
  const words = value.replace(/\s+/g, " ").trim().split(" ");
  for (const [i, word] of words.entries()) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = "";
      if (lines.length === max) {
        const last = lines[max - 1];
        lines[max - 1] = (last.length > width - 1 ? last.slice(0, width - 1) : last) + "\u2026";
        return lines;
      }
    }
    line = line ? `${line} ${word}` : word.length > width ? word.slice(0, width - 1) + "\u2026" : word;
    if (i === words.length - 1) lines.push(line);
  }
  return lines;
}
var require2 = createRequire(import.meta.url);
var FONT_FILES = [
  require2.resolve("@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf"),
  require2.resolve("@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf"),
  require2.resolve("@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf")
];
async function svgToPng(svg, width = 1650) {
  const { renderAsync } = await import("@resvg/resvg-js");
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "PT Sans", sansSerifFamily: "PT Sans" },
    fitTo: { mode: "width", value: width },
    background: "#ffffff"
  });
  return new Uint8Array(image.asPng());
}
async function timelineReply(library, span, lang = "en") {
  const name = spanName(span);
  const rows = timelineRows(library, span, lang);
  const title = say("timeline.title", { name }, lang);
  if (!rows.length) {
    return { kind: "not-found", title, body: say(span.from === void 0 ? "timeline.nothingUnder" : "timeline.nothingIn", { name }, lang), entries: [], language: lang };
  }
  const shown = rows.slice(0, MAX_ROWS);
  const keys = [...new Set(shown.flatMap((r) => r.sources))];
  const svg = timelineSvg(rows, { title: say("timeline.pictureTitle", { name }, lang), sources: keys, lang });
  const png = await svgToPng(svg);
  const disputed = shown.filter((r) => r.others.length).length;
  const alt = shown.map((r) => `${momentDate(r, lang)}: ${r.label}${r.others.length ? ` (${say("timeline.alsoDated", { dates: r.others.map((o) => momentDate(o, lang)).join("; ") }, lang)})` : ""}`).join("\n");
  const body = [
    rows.length > shown.length ? say("timeline.countDrawn", { count: rows.length, shown: shown.length }, lang) : say("timeline.count", { count: rows.length }, lang),
    disputed ? say("timeline.disputed", { count: disputed }, lang) : ""
  ].filter(Boolean).join(" ");
  return {
    kind: "answer",
    language: lang,
    title,
    body,
    sources: sourceRefs(library.knowledge.sources, keys),
    entries: [...new Set(shown.map((r) => r.entry))],
    image: { png, name: "timeline.png", alt }
  };
}

// commands/timeline.ts
var timeline_default = {
  name: "timeline",
  description: "A picture of the events of some years (1917 1920) or of a topic (repression)",
  order: 6,
  options: [
    { name: "from", description: "A year, a range (1917-1920) or a topic such as repression (default 1917-1920)", type: "string" },
    { name: "to", description: "The last year", type: "string" }
  ],
  async handle({ args, text: text2, context }, core) {
    const asked = [args.from, args.to].filter((v) => v !== void 0 && v !== "").join(" ") || text2;
    const topics = new Set(core.knowledge.entries.flatMap((e) => e.topics));
    const span = readSpan(asked, topics, context.language);
    if ("error" in span) return errorReply(span.error, context.language);
    return timelineReply(core.library, span, context.language);
  }
};
export {
  timeline_default as default
};
