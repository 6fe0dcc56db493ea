import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-GSQPABFD.js";
import "./chunks/chunk-G6GMFUHV.js";
import "./chunks/chunk-3BVNDHKI.js";
import {
  package_default
} from "./chunks/chunk-2KQP7OET.js";
import "./chunks/chunk-HDGXPFSI.js";
import "./chunks/chunk-EZIAESMI.js";
import "./chunks/chunk-6FR7UATY.js";
import "./chunks/chunk-VWVSZZZG.js";
import "./chunks/chunk-AIKYF4WE.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-XQZPW43T.js";
import "./chunks/chunk-T6FPI2Y7.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-W3UC3DIS.js";
import "./chunks/chunk-DKVF4M2T.js";
import "./chunks/chunk-ZWIYQRNR.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-5D7ZU3CF.js";
import "./chunks/chunk-P7EYBF34.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-XQ3S6CER.js";
import "./chunks/chunk-CDH26HK6.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-2N2Y57GQ.js";
import "./chunks/chunk-O76QQAV3.js";
import "./chunks/chunk-5EGK72M7.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
