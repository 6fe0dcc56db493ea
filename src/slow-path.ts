// Hooks run from a V8 code cache made by one run of their bundle (hooks/loader.ts). A run that takes a slow path —
// building the zod schemas to validate a changed file — compiles code the usual run never needs, and a cache made
// by that run would make every later run load that code too. Such a run says so here (the loader and the bundle
// share only the global object), and the loader replaces its cache after the next usual run.
const SLOW_PATH = Symbol.for("codex-collab.slow-path");

export function markSlowPath(): void {
  (globalThis as Record<symbol, unknown>)[SLOW_PATH] = true;
}

export function tookSlowPath(): boolean {
  return (globalThis as Record<symbol, unknown>)[SLOW_PATH] === true;
}
