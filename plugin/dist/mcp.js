import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-6HDR6DRC.js";
import "./chunks/chunk-KIEAUTTG.js";
import "./chunks/chunk-7TYLDOZ7.js";
import {
  package_default
} from "./chunks/chunk-SJH3HVBJ.js";
import "./chunks/chunk-JKZGWPJG.js";
import "./chunks/chunk-GU5XQA3Y.js";
import "./chunks/chunk-OTVJAYJW.js";
import "./chunks/chunk-TJVCUSDL.js";
import "./chunks/chunk-K4S2QQ6N.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-ORDMYTJD.js";
import "./chunks/chunk-5YQ2ZNTL.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-WYJZEH2J.js";
import "./chunks/chunk-XQIGSECR.js";
import "./chunks/chunk-ZEJXWGUO.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-RJSNZC2O.js";
import "./chunks/chunk-66KG5M2T.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-5VMMBGJO.js";
import "./chunks/chunk-PK54RDJM.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-WTIASGC2.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-HXVNJPAW.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
