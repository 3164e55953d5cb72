function neverCalled(x) {
  const y = x * 2;
  return y + 1;
}

module.exports = { neverCalled };
