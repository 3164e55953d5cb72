/** Where each value of the effective configuration came from: the last layer that set it. */
import type { ConfigLayer } from './types.js'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function has(layer: unknown, path: readonly string[]): boolean {
  let current = layer
  for (const segment of path) {
    if (!isPlainObject(current) || !Object.hasOwn(current, segment)) return false
    current = current[segment]
  }
  return current !== undefined
}

/** The index of the last layer that sets the key path, or -1 when none does. */
export function lastSetting(layers: readonly ConfigLayer[], path: readonly string[]): number {
  for (let i = layers.length - 1; i >= 0; i--) if (has(layers[i].layer, path)) return i
  return -1
}

/** The name of the last layer that sets the key path (`['paths', 'source']`), or `default` when none does. */
export function originOf(layers: readonly ConfigLayer[], path: readonly string[]): string {
  const i = lastSetting(layers, path)
  return i === -1 ? 'default' : layers[i].name
}

/** {@link originOf} with the file line of the key when the layer knows it: `.github/spec-to-production.yml, line 12`. */
export function originLineOf(layers: readonly ConfigLayer[], path: readonly string[]): string {
  const i = lastSetting(layers, path)
  if (i === -1) return 'default'
  const line = layers[i].lineOf?.(path) ?? null
  return line === null ? layers[i].name : `${layers[i].name}, line ${line}`
}
