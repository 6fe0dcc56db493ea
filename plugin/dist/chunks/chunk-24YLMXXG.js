import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  UsageError
} from "./chunk-5EGK72M7.js";

// src/cli/io.ts
import { parseArgs } from "node:util";
function processIo(signal) {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), signal };
}
function print(stream, text) {
  stream.write(text.endsWith("\n") ? text : `${text}
`);
}
function printJson(io, value) {
  io.stdout.write(`${JSON.stringify(value, null, 2)}
`);
}
function parseVerbArgs(args, options, usage) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const verb = /^Usage: codex-collab ([a-z-]+)/.exec(usage)?.[1];
    const hint = verb ? `See "codex-collab ${verb} --help".` : usage;
    throw new UsageError(parseErrorMessage(e, verb), hint);
  }
}
function parseErrorMessage(e, verb) {
  const option = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1];
  const where = verb ? ` for codex-collab ${verb}` : "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}${where}`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /argument missing/.test(e.message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return e.message;
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function parseSeconds(value, flag) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number of seconds, got "${value}"`);
  return n;
}

export {
  processIo,
  print,
  printJson,
  parseVerbArgs,
  readAll,
  parseSeconds
};
