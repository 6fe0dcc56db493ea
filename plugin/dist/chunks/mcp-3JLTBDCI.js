import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TINZX7TV.js";
import {
  serveStdio
} from "./chunk-OWJJM3CJ.js";
import "./chunk-T2U6N7XH.js";
import "./chunk-GNBLO3DZ.js";
import "./chunk-SJH3HVBJ.js";
import "./chunk-DIEDGRD5.js";
import "./chunk-OYTZ6PXQ.js";
import "./chunk-ODOPCHAY.js";
import "./chunk-E72UKZX5.js";
import "./chunk-BT3ADBKD.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-CIXGQYE4.js";
import "./chunk-ZPAJNHJK.js";
import "./chunk-XB2KXZHW.js";
import {
  print
} from "./chunk-OE252E6U.js";
import "./chunk-TPMJRAR6.js";
import "./chunk-BZCAHOEE.js";
import "./chunk-ZEJXWGUO.js";
import "./chunk-74YMS3QO.js";
import "./chunk-4MTW7JG5.js";
import "./chunk-TMCYXF3H.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-BORXP67P.js";
import "./chunk-4W2DWTOJ.js";
import "./chunk-PK54RDJM.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-CMYPX7X4.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-HXVNJPAW.js";
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
