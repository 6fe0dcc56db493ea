import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-EDZ2QOAN.js";
import {
  serveStdio
} from "./chunk-D2TECDCE.js";
import "./chunk-SHFI26FY.js";
import "./chunk-LZUNL5UG.js";
import "./chunk-CGFATAYN.js";
import "./chunk-7SDCGB4M.js";
import "./chunk-2HN5OY2B.js";
import "./chunk-QJASED65.js";
import "./chunk-B2NWQCKF.js";
import "./chunk-SFSZM5JT.js";
import "./chunk-2GO7KGMC.js";
import "./chunk-XAUHQPLF.js";
import "./chunk-XB2KXZHW.js";
import {
  print
} from "./chunk-RTORMXAF.js";
import "./chunk-7BN3JJA3.js";
import "./chunk-LSZ3FN6D.js";
import "./chunk-LAJXJJVQ.js";
import "./chunk-74YMS3QO.js";
import "./chunk-LP5LBSV7.js";
import "./chunk-I72FRNB2.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-46V7UKBV.js";
import "./chunk-LCILICVB.js";
import "./chunk-35G4VKQM.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-XN4XO2AO.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-FLVYY72C.js";
import "./chunk-XOD3UMIQ.js";
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
