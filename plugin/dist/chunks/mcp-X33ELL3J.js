import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-L7Q63L7L.js";
import {
  serveStdio
} from "./chunk-3MXLHZBD.js";
import "./chunk-M3CF53VN.js";
import "./chunk-L5R75ZQ7.js";
import "./chunk-2KQP7OET.js";
import "./chunk-6CG75RAT.js";
import "./chunk-DU6C2YBG.js";
import "./chunk-FFBXJ4YG.js";
import "./chunk-4AUO4SBY.js";
import "./chunk-Q4AI3GWH.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-E3E5Y32U.js";
import "./chunk-7NG2G7EK.js";
import "./chunk-BPNAVEWW.js";
import {
  print
} from "./chunk-24YLMXXG.js";
import "./chunk-WSTMY7SV.js";
import "./chunk-Z4GA4ECT.js";
import "./chunk-IIZVUNUE.js";
import "./chunk-74YMS3QO.js";
import "./chunk-JSEE6D44.js";
import "./chunk-GWEGF4L4.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-FOAZOEE3.js";
import "./chunk-CDH26HK6.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import "./chunk-5EGK72M7.js";
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
