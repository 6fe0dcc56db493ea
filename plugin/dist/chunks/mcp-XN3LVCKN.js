import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-Y4YKIULE.js";
import {
  serveStdio
} from "./chunk-W6QJBGVZ.js";
import "./chunk-XUAFWE7I.js";
import "./chunk-K5JLFF65.js";
import "./chunk-QPAXKQK3.js";
import "./chunk-OYMSL5DR.js";
import "./chunk-V5ORDDCX.js";
import "./chunk-7XZX6F2Z.js";
import "./chunk-CWQD44TF.js";
import "./chunk-6I6GK4CH.js";
import "./chunk-74YMS3QO.js";
import "./chunk-7ITYIVUS.js";
import "./chunk-US6X3PEO.js";
import "./chunk-6MOMFP2S.js";
import "./chunk-XB2KXZHW.js";
import {
  print
} from "./chunk-3YF2N4CT.js";
import "./chunk-NUTQ7FJE.js";
import "./chunk-DI3QD2SS.js";
import "./chunk-WAZZ7GA4.js";
import "./chunk-IFZP5CNE.js";
import "./chunk-TDWSTA6Y.js";
import "./chunk-Y6OAWYK6.js";
import "./chunk-QR7TU3TZ.js";
import "./chunk-2457UOSZ.js";
import "./chunk-O2EGVUQG.js";
import "./chunk-UMH65Y2S.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";

// src/cli/mcp.ts
var USAGE = `Usage: codex-collab mcp
Serves codex-collab's MCP tools (codex, analyze, ask, design, prototype, review, debug, status, sessions, reviews)
over stdio until the client closes stdin. Claude Code starts it from .mcp.json or the plugin.`;
async function mcpVerb(args, io) {
  if (args.includes("--help") || args.includes("-h")) {
    print(io.stdout, USAGE);
    return 0;
  }
  await serveStdio({ env: io.env, cwd: io.cwd, version: VERSION }, io.stdin, io.stdout, io.stderr);
  return 0;
}
export {
  mcpVerb
};
