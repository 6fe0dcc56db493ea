// What a CLI verb may touch: its streams, environment and working directory. Verbs get this instead of
// reaching for `process`, so tests can run them in-process and only main.ts exits.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.js";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal?: AbortSignal;
}

export type Verb = (args: string[], io: Io) => Promise<number>;

export function processIo(signal?: AbortSignal): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), signal };
}

export function print(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with our UsageError instead of a bare TypeError: one plain sentence naming the option (Node's
 * own text suggests `-- "--x"` with a broken quote) and a pointer to the verb's --help.
 */
export function parseVerbArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const verb = /^Usage: codex-collab ([a-z-]+)/.exec(usage)?.[1];
    const hint = verb ? `See "codex-collab ${verb} --help".` : usage;
    throw new UsageError(parseErrorMessage(e as NodeJS.ErrnoException, verb), hint);
  }
}

function parseErrorMessage(e: NodeJS.ErrnoException, verb: string | undefined): string {
  const option = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1];
  const where = verb ? ` for codex-collab ${verb}` : "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}${where}`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /argument missing/.test(e.message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return e.message;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

export function parseSeconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number of seconds, got "${value}"`);
  return n;
}
