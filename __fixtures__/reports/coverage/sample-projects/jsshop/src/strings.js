function capitalize(s) {
  if (!s) {
    return '';
  }
  return s[0].toUpperCase() + s.slice(1);
}

function truncate(s, n) {
  if (s.length <= n) {
    return s;
  }
  const cut = s.slice(0, n - 1);
  return cut + '…';
}

const shout = (s) => capitalize(s) + '!'; const whisper = (s) => s.toLowerCase();

module.exports = { capitalize, truncate, shout, whisper };
