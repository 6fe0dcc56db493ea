import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-MVMZS2MD.js";
import "./chunks/chunk-M3CF53VN.js";
import "./chunks/chunk-L5R75ZQ7.js";
import {
  package_default
} from "./chunks/chunk-MLAI43QY.js";
import "./chunks/chunk-PXTEP46D.js";
import "./chunks/chunk-H7O6RTAH.js";
import "./chunks/chunk-BTBA3GUI.js";
import "./chunks/chunk-P6WXV6KR.js";
import "./chunks/chunk-Q4AI3GWH.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-JLZNDZDN.js";
import "./chunks/chunk-KQOSKZWC.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-AZ2J66I5.js";
import "./chunks/chunk-EWXVUYFA.js";
import "./chunks/chunk-ULLZRRKA.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-JSEE6D44.js";
import "./chunks/chunk-GWEGF4L4.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-FOAZOEE3.js";
import "./chunks/chunk-CDH26HK6.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-2N2Y57GQ.js";
import "./chunks/chunk-O76QQAV3.js";
import "./chunks/chunk-5EGK72M7.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
