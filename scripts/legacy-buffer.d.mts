import type { Plugin } from 'esbuild'
export const legacyBufferConstructor: Plugin
