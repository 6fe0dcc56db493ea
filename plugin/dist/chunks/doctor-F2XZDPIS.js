import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  exitCodeFor,
  runChecks
} from "./chunk-J2IOCMBK.js";
import "./chunk-2NAXI352.js";
import {
  formatChecks
} from "./chunk-656MB6I4.js";
import "./chunk-27PHZLKR.js";
import "./chunk-LZUNL5UG.js";
import {
  parseVerbArgs,
  print,
  printJson
} from "./chunk-RTORMXAF.js";
import "./chunk-I72FRNB2.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-46V7UKBV.js";
import "./chunk-LCILICVB.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-XN4XO2AO.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-FLVYY72C.js";
import {
  findProjectRoot
} from "./chunk-XOD3UMIQ.js";
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
