import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-HN5HQBG6.js";
import "./chunks/chunk-RODFATQU.js";
import "./chunks/chunk-7TYLDOZ7.js";
import {
  package_default
} from "./chunks/chunk-SJH3HVBJ.js";
import "./chunks/chunk-SXHCLDJL.js";
import "./chunks/chunk-DK2A3SPH.js";
import "./chunks/chunk-QAH3IJA2.js";
import "./chunks/chunk-V62U7AYR.js";
import "./chunks/chunk-K4S2QQ6N.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-N232J3YM.js";
import "./chunks/chunk-B3X6FUOK.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-YJEMG7JC.js";
import "./chunks/chunk-SPQXYLDD.js";
import "./chunks/chunk-ZEJXWGUO.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-RJSNZC2O.js";
import "./chunks/chunk-66KG5M2T.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-5VMMBGJO.js";
import "./chunks/chunk-XURBJRWU.js";
import "./chunks/chunk-PK54RDJM.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-CMYPX7X4.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-HXVNJPAW.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
