import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-4CJQ46ED.js";
import "./chunks/chunk-M3CF53VN.js";
import "./chunks/chunk-L5R75ZQ7.js";
import {
  package_default
} from "./chunks/chunk-MLAI43QY.js";
import "./chunks/chunk-RURS4DJP.js";
import "./chunks/chunk-XX3D4MH6.js";
import "./chunks/chunk-FKUPLC63.js";
import "./chunks/chunk-3LT2FKDA.js";
import "./chunks/chunk-Q4AI3GWH.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-2X344WWB.js";
import "./chunks/chunk-YJM3TRVV.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-O4IWR77G.js";
import "./chunks/chunk-5CP3QWH3.js";
import "./chunks/chunk-UGBZDOL6.js";
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
