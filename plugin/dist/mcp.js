import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-3MXLHZBD.js";
import "./chunks/chunk-M3CF53VN.js";
import "./chunks/chunk-L5R75ZQ7.js";
import {
  package_default
} from "./chunks/chunk-2KQP7OET.js";
import "./chunks/chunk-6CG75RAT.js";
import "./chunks/chunk-DU6C2YBG.js";
import "./chunks/chunk-FFBXJ4YG.js";
import "./chunks/chunk-4AUO4SBY.js";
import "./chunks/chunk-Q4AI3GWH.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-E3E5Y32U.js";
import "./chunks/chunk-7NG2G7EK.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-WSTMY7SV.js";
import "./chunks/chunk-Z4GA4ECT.js";
import "./chunks/chunk-IIZVUNUE.js";
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
