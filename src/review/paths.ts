// Which changed paths a review leaves out, judged by the path alone (binary and too-large need the content).
import { isSecretFile } from "../redact/index.js";
import { STATE_FILE_NAME } from "../project.js";
import { matchesAnyGlob } from "./glob.js";

export type SkipReason = "lockfile" | "binary" | "generated" | "vendored" | "ignored" | "secret-file" | "too-large" | "outside-project" | "codex-collab" | "invalid-name";

/** Dependency lock files: machine-written, huge, and not something a reviewer reads line by line. */
const LOCKFILES = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "go.sum",
  "go.work.sum",
  "composer.lock",
  "Gemfile.lock",
  "mix.lock",
  "Podfile.lock",
  "Package.resolved",
  "packages.lock.json",
  "pubspec.lock",
  "gradle.lockfile",
  "flake.lock",
  "shard.lock",
  "conan.lock",
]);

const VENDORED_DIRS = new Set(["vendor", "node_modules", "third_party", "third-party", "bower_components", "Pods", ".yarn"]);

const GENERATED_DIRS = new Set(["dist", "build", ".next", ".nuxt", ".svelte-kit", "coverage", "__generated__"]);

const GENERATED_NAME = [
  /\.min\.(?:js|mjs|cjs|css)$/,
  /\.map$/,
  /\.generated\./,
  /\.g\.dart$/,
  /\.pb\.(?:go|cc|h)$/,
  /_pb2(?:_grpc)?\.pyi?$/,
  /\.designer\.cs$/,
];

/**
 * The reason `path` (root-relative, "/"-separated) is left out of a review, or null to review it.
 * `isDir` asks about a directory (only the directory rules apply). Secret files come first: whatever else is true
 * of them, their content must never be sent.
 */
export function pathSkipReason(path: string, ignore: readonly string[], isDir = false): SkipReason | null {
  const segments = path.split("/").filter((s) => s !== "");
  const name = segments[segments.length - 1] ?? "";
  const dirs = isDir ? segments : segments.slice(0, -1);
  if (!isDir && isSecretFile(path)) return "secret-file";
  if (matchesAnyGlob(path, ignore, isDir)) return "ignored";
  if (!isDir && LOCKFILES.has(name)) return "lockfile";
  if (dirs.some((d) => VENDORED_DIRS.has(d))) return "vendored";
  // Our own state file changes on every hook run; it is never part of the user's change.
  if (segments[0] === STATE_FILE_NAME || segments[0] === `${STATE_FILE_NAME}.d`) return "generated";
  if (dirs.some((d) => GENERATED_DIRS.has(d))) return "generated";
  if (!isDir && GENERATED_NAME.some((re) => re.test(name))) return "generated";
  return null;
}
