
// src/config/origins.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function has(layer, path) {
  let current = layer;
  for (const segment of path) {
    if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return false;
    current = current[segment];
  }
  return current !== void 0;
}
function lastSetting(layers, path) {
  for (let i = layers.length - 1; i >= 0; i--) if (has(layers[i].layer, path)) return i;
  return -1;
}
function originOf(layers, path) {
  const i = lastSetting(layers, path);
  return i === -1 ? "default" : layers[i].name;
}
function originLineOf(layers, path) {
  const i = lastSetting(layers, path);
  if (i === -1) return "default";
  const line = layers[i].lineOf?.(path) ?? null;
  return line === null ? layers[i].name : `${layers[i].name}, line ${line}`;
}

export {
  lastSetting,
  originOf,
  originLineOf
};
