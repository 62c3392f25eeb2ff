// Packages that only some runs call (the width of wide characters, colour, CSV, date arithmetic, clean-up on exit),
// loaded on first call instead of at start-up. require() reads an ES module synchronously (Node ≥ 20.19), so the code
// that calls them stays synchronous.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** `id`'s exports, required on the first call of the function returned and kept. */
export function lazy<T>(id: string): () => T {
  let mod: T | undefined
  return () => (mod ??= require(id) as T)
}
