import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-OWJJM3CJ.js";
import "./chunks/chunk-T2U6N7XH.js";
import "./chunks/chunk-GNBLO3DZ.js";
import {
  package_default
} from "./chunks/chunk-SJH3HVBJ.js";
import "./chunks/chunk-DIEDGRD5.js";
import "./chunks/chunk-OYTZ6PXQ.js";
import "./chunks/chunk-ODOPCHAY.js";
import "./chunks/chunk-E72UKZX5.js";
import "./chunks/chunk-BT3ADBKD.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-CIXGQYE4.js";
import "./chunks/chunk-ZPAJNHJK.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-TPMJRAR6.js";
import "./chunks/chunk-BZCAHOEE.js";
import "./chunks/chunk-ZEJXWGUO.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-4MTW7JG5.js";
import "./chunks/chunk-TMCYXF3H.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-BORXP67P.js";
import "./chunks/chunk-4W2DWTOJ.js";
import "./chunks/chunk-PK54RDJM.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-CMYPX7X4.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-HXVNJPAW.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
