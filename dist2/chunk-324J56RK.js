// src/core/dates.ts
var DAY = 864e5;
function dayNumber(y, m, d) {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}
function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function isValidDay(y, m, d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
function parseDateText(text) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== void 0) return daySpan(y, Number(m[2]), Number(m[3]));
  if (m[2] !== void 0) return monthSpan(y, Number(m[2]));
  return yearSpan(y);
}
function daySpan(y, m, d) {
  if (!isValidDay(y, m, d)) return null;
  const n = dayNumber(y, m, d);
  return { first: n, last: n, precision: "day", year: y };
}
function monthSpan(y, m) {
  if (m < 1 || m > 12) return null;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)), precision: "month", year: y };
}
function yearSpan(y) {
  return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31), precision: "year", year: y };
}
function joinSpans(a, b) {
  return { first: a.first, last: Math.max(a.last, b.last), precision: a.precision, year: a.year };
}
function overlaps(a, b) {
  return a.first <= b.last && b.first <= a.last;
}
var MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var MONTHS_RU_OF = ["\u044F\u043D\u0432\u0430\u0440\u044F", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F", "\u043C\u0430\u0440\u0442\u0430", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u043C\u0430\u044F", "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043B\u044F", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F", "\u043D\u043E\u044F\u0431\u0440\u044F", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F"];
var MONTHS_RU = ["\u044F\u043D\u0432\u0430\u0440\u044C", "\u0444\u0435\u0432\u0440\u0430\u043B\u044C", "\u043C\u0430\u0440\u0442", "\u0430\u043F\u0440\u0435\u043B\u044C", "\u043C\u0430\u0439", "\u0438\u044E\u043D\u044C", "\u0438\u044E\u043B\u044C", "\u0430\u0432\u0433\u0443\u0441\u0442", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C", "\u043E\u043A\u0442\u044F\u0431\u0440\u044C", "\u043D\u043E\u044F\u0431\u0440\u044C", "\u0434\u0435\u043A\u0430\u0431\u0440\u044C"];
var MONTHS_KK = ["\u049B\u0430\u04A3\u0442\u0430\u0440", "\u0430\u049B\u043F\u0430\u043D", "\u043D\u0430\u0443\u0440\u044B\u0437", "\u0441\u04D9\u0443\u0456\u0440", "\u043C\u0430\u043C\u044B\u0440", "\u043C\u0430\u0443\u0441\u044B\u043C", "\u0448\u0456\u043B\u0434\u0435", "\u0442\u0430\u043C\u044B\u0437", "\u049B\u044B\u0440\u043A\u04AF\u0439\u0435\u043A", "\u049B\u0430\u0437\u0430\u043D", "\u049B\u0430\u0440\u0430\u0448\u0430", "\u0436\u0435\u043B\u0442\u043E\u049B\u0441\u0430\u043D"];
function dayMonthName(month, lang) {
  return (lang === "ru" ? MONTHS_RU_OF : lang === "kk" ? MONTHS_KK : MONTHS_EN)[month - 1];
}
function formatDayMonth(month, day, lang = "en") {
  return `${day} ${dayMonthName(month, lang)}`;
}
function yearMark(lang) {
  return lang === "ru" ? " \u0433." : lang === "kk" ? " \u0436." : "";
}
function formatDateText(text, lang = "en") {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return text;
  const year = `${m[1]}${yearMark(lang)}`;
  if (m[3]) return `${Number(m[3])} ${dayMonthName(Number(m[2]), lang)} ${year}`;
  if (m[2] && lang === "ru") return `${MONTHS_RU[Number(m[2]) - 1]} ${year}`;
  if (m[2] && lang === "kk") return `${year} ${MONTHS_KK[Number(m[2]) - 1]}`;
  if (m[2]) return `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
  return year;
}
function formatRange(from, to, lang = "en") {
  if (!to || to === from) return formatDateText(from, lang);
  const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(from);
  const b = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(to);
  if (a && b && a[3] && b[3] && a[1] === b[1] && a[2] === b[2]) {
    return `${Number(a[3])}\u2013${Number(b[3])} ${dayMonthName(Number(a[2]), lang)} ${a[1]}${yearMark(lang)}`;
  }
  if (a && b && a[3] && b[3] && a[1] === b[1]) {
    return `${Number(a[3])} ${dayMonthName(Number(a[2]), lang)} \u2013 ${formatDateText(to, lang)}`;
  }
  if (a && b && !a[2] && !b[2] && lang !== "en") return `${a[1]}\u2013${b[1]} ${lang === "ru" ? "\u0433\u0433." : "\u0436\u0436."}`;
  return `${formatDateText(from, lang)} \u2013 ${formatDateText(to, lang)}`;
}
var MONTH_WORDS = [
  [/^(jan(uary)?|январ[ья]|янв|қаңтар)$/, 1],
  [/^(feb(ruary)?|феврал[ья]|фев|ақпан)$/, 2],
  [/^(mar(ch)?|март[а]?|мар|наурыз)$/, 3],
  [/^(apr(il)?|апрел[ья]|апр|сәуір)$/, 4],
  [/^(may|ма[йя]|мамыр)$/, 5],
  [/^(jun(e)?|июн[ья]|маусым)$/, 6],
  [/^(jul(y)?|июл[ья]|шілде)$/, 7],
  [/^(aug(ust)?|август[а]?|авг|тамыз)$/, 8],
  [/^(sep(t(ember)?)?|сентябр[ья]|сен|қыркүйек)$/, 9],
  [/^(oct(ober)?|октябр[ья]|окт|қазан)$/, 10],
  [/^(nov(ember)?|ноябр[ья]|ноя|қараша)$/, 11],
  [/^(dec(ember)?|декабр[ья]|дек|желтоқсан)$/, 12]
];
function monthNumber(word) {
  const w = word.toLowerCase().replace(/\.$/, "");
  for (const [pattern, n] of MONTH_WORDS) if (pattern.test(w)) return n;
  return 0;
}
var M = "([a-z\u0430-\u044F\u0451\u04D9\u0493\u049B\u04A3\u04E9\u04B1\u04AF\u04BB\u0456]+\\.?)";
var D = "(\\d{1,2})(?:st|nd|rd|th|-?\u0433\u043E|-?\u0448\u0456|-?\u0448\u044B)?";
var Y = "(\\d{4})";
var YEAR_SUFFIX = "(?:\\s*(?:\u0433\\.?|\u0433\u043E\u0434\u0430?|\u0436\u044B\u043B\u044B|\u0436\u044B\u043B\u0493\u044B|\u0436\\.))?";
var PATTERNS = [
  // 1920-08-26
  { re: new RegExp(`\\b${Y}-(\\d{1,2})-(\\d{1,2})\\b`, "g"), read: (m) => full(m[0], +m[1], +m[2], +m[3]) },
  // 26.08.1920, 26/08/1920 (day first, as in Kazakhstan, Russia and Europe)
  { re: new RegExp(`\\b(\\d{1,2})[./](\\d{1,2})[./]${Y}\\b`, "g"), read: (m) => full(m[0], +m[3], +m[2], +m[1]) },
  // 26 August 1920, 26th of August, 1920, 26 августа 1920 г.
  { re: new RegExp(`\\b${D}\\s+(?:of\\s+)?${M},?\\s+${Y}${YEAR_SUFFIX}`, "giu"), read: (m) => full(m[0], +m[3], monthNumber(m[2]), +m[1]) },
  // August 26, 1920
  { re: new RegExp(`${M}\\s+${D},?\\s+${Y}\\b`, "giu"), read: (m) => full(m[0], +m[3], monthNumber(m[1]), +m[2]) },
  // 1920 жылғы 26 тамыз, 1920 26 August
  { re: new RegExp(`\\b${Y}${YEAR_SUFFIX}\\s+${D}\\s+${M}`, "giu"), read: (m) => full(m[0], +m[1], monthNumber(m[3]), +m[2]) },
  // 1935-1938, 1935–38, 1935 to 1938, from 1935 till 1938
  {
    re: new RegExp(`\\b${Y}\\s*(?:-|\u2013|\u2014|to|till|until|through|\u043F\u043E|\u0434\u043E)\\s*(\\d{2,4})\\b`, "giu"),
    read: (m) => {
      const a = +m[1];
      const b = m[2].length === 2 ? Math.floor(a / 100) * 100 + +m[2] : +m[2];
      if (b <= a || b - a > 200 || m[2].length === 3) return null;
      return { span: joinSpans(yearSpan(a), yearSpan(b)), label: `${a}\u2013${b}` };
    }
  },
  // August 1920, in July 1917, июль 1917
  {
    re: new RegExp(`${M}\\s+${Y}\\b`, "giu"),
    read: (m) => {
      const month = monthNumber(m[1]);
      const span = month ? monthSpan(+m[2], month) : null;
      return span ? { span, month, label: `${MONTHS_EN[month - 1]} ${m[2]}` } : null;
    }
  },
  // 4 July, 4th of July, 26 августа
  { re: new RegExp(`\\b${D}\\s+(?:of\\s+)?${M}`, "giu"), read: (m) => monthOfDay(monthNumber(m[2]), +m[1]) },
  // July 4
  { re: new RegExp(`${M}\\s+${D}\\b`, "giu"), read: (m) => monthOfDay(monthNumber(m[1]), +m[2]) },
  // the 1930s
  {
    re: /\b(1[5-9]\d0|20\d0)(?:'?s|-е|-х)\b/giu,
    read: (m) => ({ span: joinSpans(yearSpan(+m[1]), yearSpan(+m[1] + 9)), label: `the ${m[1]}s` })
  },
  // 1917
  { re: /\b(1[5-9]\d\d|20\d\d)\b/g, read: (m) => ({ span: yearSpan(+m[1]), label: m[1] }) }
];
function full(raw, y, month, day) {
  if (!month || month > 12) return null;
  const span = daySpan(y, month, day);
  if (!span) return { label: raw.trim(), invalid: true };
  return { span, month, day, label: `${day} ${MONTHS_EN[month - 1]} ${y}` };
}
function monthOfDay(month, day) {
  if (!month || day < 1 || day > daysInMonth(2e3, month)) return null;
  return { month, day, label: `${day} ${MONTHS_EN[month - 1]}` };
}
function findDates(text) {
  if (!/\d/.test(text)) return [];
  let rest = text;
  const found = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2);
      const at = args[args.length - 2];
      const mention = read(m);
      if (!mention) return args[0];
      found.push({ at, mention });
      return " ".repeat(args[0].length);
    });
  }
  const labels = /* @__PURE__ */ new Set();
  return found.sort((a, b) => a.at - b.at).map((f) => f.mention).filter((m) => !labels.has(m.label) && Boolean(labels.add(m.label)));
}

export {
  daysInMonth,
  parseDateText,
  joinSpans,
  overlaps,
  formatDayMonth,
  formatDateText,
  formatRange,
  monthNumber,
  findDates
};
