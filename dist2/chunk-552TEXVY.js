// src/core/text.ts
function clip(text, max) {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut--;
  return text.slice(0, cut).trimEnd() + "\u2026";
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  clip,
  escapeRegExp
};
