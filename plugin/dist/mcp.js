import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-5BR7DVGE.js";
import "./chunks/chunk-G6GMFUHV.js";
import "./chunks/chunk-3BVNDHKI.js";
import {
  package_default
} from "./chunks/chunk-2KQP7OET.js";
import "./chunks/chunk-NKMLKQTG.js";
import "./chunks/chunk-L5AC5CC6.js";
import "./chunks/chunk-F3QHIOUW.js";
import "./chunks/chunk-FFNBPDCS.js";
import "./chunks/chunk-AIKYF4WE.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-6772O7EH.js";
import "./chunks/chunk-YILVOSES.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-VYRDGKTO.js";
import "./chunks/chunk-VG324VIO.js";
import "./chunks/chunk-XKE5FIAL.js";
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
