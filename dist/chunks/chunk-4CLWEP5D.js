
// src/reports/clip.ts
function clipChars(text, max, marker = "\u2026") {
  if (text.length <= max) return text;
  return `${text.slice(0, pairSafeEnd(text, Math.max(0, max - marker.length)))}${marker}`;
}
function pairSafeEnd(text, end) {
  const code = text.charCodeAt(end - 1);
  return end > 0 && code >= 55296 && code <= 56319 ? end - 1 : end;
}

export {
  clipChars,
  pairSafeEnd
};
