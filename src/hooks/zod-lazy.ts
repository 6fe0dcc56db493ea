// What the hook bundles get for `zod/mini` (the build aliases it here): the same functions, loaded from
// dist/hooks/zod-mini.cjs the first time one is called. Hooks need zod only on a slow path — a configuration
// file or a state file changed since it was last validated — and loading it at every start cost each hook ~130
// page faults (its module setup allocates ~0.5 MB), which on a virtual machine is milliseconds.
import { join } from "node:path";
import type * as Z from "zod/mini";

let zod: typeof Z | undefined;

function load(): typeof Z {
  // Built beside the hook bundles from zod-mini-entry.ts (npm run build:hook-zod); __dirname is dist/hooks in a bundle.
  return (zod ??= require(join(__dirname, "zod-mini.cjs")) as typeof Z);
}

function lazy<K extends keyof typeof Z>(name: K): (typeof Z)[K] {
  return ((...args: unknown[]) => (load()[name] as (...a: unknown[]) => unknown)(...args)) as (typeof Z)[K];
}

export const _default = lazy("_default");
export const array = lazy("array");
export const boolean = lazy("boolean");
export const enum_ = lazy("enum");
export const int = lazy("int");
export const literal = lazy("literal");
export const maximum = lazy("maximum");
export const minimum = lazy("minimum");
export const minLength = lazy("minLength");
export const nonnegative = lazy("nonnegative");
export const nullable = lazy("nullable");
export const number = lazy("number");
export const object = lazy("object");
export const optional = lazy("optional");
export const parse = lazy("parse");
export const positive = lazy("positive");
export const record = lazy("record");
export const regex = lazy("regex");
export const safeParse = lazy("safeParse");
export const string = lazy("string");
export { enum_ as enum };
