import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  exitCodeFor,
  runChecks
} from "./chunk-XXZI2MAS.js";
import "./chunk-2NAXI352.js";
import {
  formatChecks
} from "./chunk-656MB6I4.js";
import "./chunk-7EDPVFEX.js";
import "./chunk-3BVNDHKI.js";
import "./chunk-APWNE2EQ.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-24YLMXXG.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-XQ3S6CER.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import {
  findProjectRoot
} from "./chunk-5EGK72M7.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/doctor.ts
import { resolve } from "node:path";
var USAGE = `Usage: codex-collab doctor [--json] [--cd DIR]
  Checks Node, the codex CLI (version, flags, login), the hooks, the config and the state file, and prints the
  fix for each problem. Reads only; every external command it runs has a 5 s deadline.
  --json     one JSON object: { ok, project, checks: [{ id, ok, level, message, fix? }] }
  --cd DIR   project directory (default: current directory)
Exit code: 0 when no check failed at error level, 1 otherwise (warnings alone exit 0).`;
async function doctorVerb(args, io) {
  const { values } = parseVerbArgs(args, { json: { type: "boolean" }, cd: { type: "string" }, help: { type: "boolean", short: "h" } }, USAGE);
  if (values.help) {
    print(io.stdout, USAGE);
    return 0;
  }
  const root = findProjectRoot(resolve(io.cwd, values.cd ?? "."));
  const checks = await runChecks({ root, env: io.env });
  const code = exitCodeFor(checks);
  if (values.json) printJson(io, { ok: code === 0, project: root, checks });
  else print(io.stdout, formatChecks(root, checks));
  return code;
}
export {
  doctorVerb
};
