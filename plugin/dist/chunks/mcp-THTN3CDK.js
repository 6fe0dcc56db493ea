import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TINZX7TV.js";
import {
  serveStdio
} from "./chunk-6HDR6DRC.js";
import "./chunk-KIEAUTTG.js";
import "./chunk-7TYLDOZ7.js";
import "./chunk-SJH3HVBJ.js";
import "./chunk-JKZGWPJG.js";
import "./chunk-GU5XQA3Y.js";
import "./chunk-OTVJAYJW.js";
import "./chunk-TJVCUSDL.js";
import "./chunk-K4S2QQ6N.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-ORDMYTJD.js";
import "./chunk-5YQ2ZNTL.js";
import "./chunk-XB2KXZHW.js";
import {
  print
} from "./chunk-OE252E6U.js";
import "./chunk-WYJZEH2J.js";
import "./chunk-XQIGSECR.js";
import "./chunk-ZEJXWGUO.js";
import "./chunk-74YMS3QO.js";
import "./chunk-RJSNZC2O.js";
import "./chunk-66KG5M2T.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-5VMMBGJO.js";
import "./chunk-PK54RDJM.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-WTIASGC2.js";
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
