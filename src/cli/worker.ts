import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { runWorker } from "../worker/worker.js";
import { parseVerbArgs, type Io } from "./io.js";

const USAGE = "Usage: codex-collab review-worker --project DIR   (started by the PostToolUse hook; safe to run by hand)";

export async function workerVerb(args: string[], io: Io): Promise<number> {
  const { values } = parseVerbArgs(args, { project: { type: "string" } }, USAGE);
  if (!values.project) throw new UsageError("--project is required", USAGE);
  await runWorker({ root: resolve(io.cwd, values.project), signal: io.signal });
  return 0;
}
