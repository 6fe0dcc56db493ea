import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-L7Q63L7L.js";
import {
  serveStdio
} from "./chunk-GSQPABFD.js";
import "./chunk-G6GMFUHV.js";
import "./chunk-3BVNDHKI.js";
import "./chunk-2KQP7OET.js";
import "./chunk-HDGXPFSI.js";
import "./chunk-EZIAESMI.js";
import "./chunk-6FR7UATY.js";
import "./chunk-VWVSZZZG.js";
import "./chunk-AIKYF4WE.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-XQZPW43T.js";
import "./chunk-T6FPI2Y7.js";
import "./chunk-BPNAVEWW.js";
import {
  print
} from "./chunk-24YLMXXG.js";
import "./chunk-W3UC3DIS.js";
import "./chunk-DKVF4M2T.js";
import "./chunk-ZWIYQRNR.js";
import "./chunk-74YMS3QO.js";
import "./chunk-5D7ZU3CF.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-XQ3S6CER.js";
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
