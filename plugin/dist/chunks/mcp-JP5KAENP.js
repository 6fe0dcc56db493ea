import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TINZX7TV.js";
import {
  serveStdio
} from "./chunk-L6WGKXNM.js";
import "./chunk-K2SKE2HA.js";
import "./chunk-3X5MEZWK.js";
import "./chunk-SJH3HVBJ.js";
import "./chunk-QUQ2L5T2.js";
import "./chunk-KGBJO4XA.js";
import "./chunk-ATMZBZXC.js";
import "./chunk-TGMEIKCT.js";
import "./chunk-LHXLBRLO.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-N4XYITLA.js";
import "./chunk-YOGPNEAI.js";
import "./chunk-XB2KXZHW.js";
import {
  print
} from "./chunk-OE252E6U.js";
import "./chunk-AYM77CIT.js";
import "./chunk-2FFYMDPL.js";
import "./chunk-ZEJXWGUO.js";
import "./chunk-74YMS3QO.js";
import "./chunk-XOM2IEKC.js";
import "./chunk-USIEW3EF.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-JXGBKYVD.js";
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
