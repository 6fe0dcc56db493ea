import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-L6WGKXNM.js";
import "./chunks/chunk-K2SKE2HA.js";
import "./chunks/chunk-3X5MEZWK.js";
import {
  package_default
} from "./chunks/chunk-SJH3HVBJ.js";
import "./chunks/chunk-QUQ2L5T2.js";
import "./chunks/chunk-KGBJO4XA.js";
import "./chunks/chunk-ATMZBZXC.js";
import "./chunks/chunk-TGMEIKCT.js";
import "./chunks/chunk-LHXLBRLO.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-N4XYITLA.js";
import "./chunks/chunk-YOGPNEAI.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-AYM77CIT.js";
import "./chunks/chunk-2FFYMDPL.js";
import "./chunks/chunk-ZEJXWGUO.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-XOM2IEKC.js";
import "./chunks/chunk-USIEW3EF.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-JXGBKYVD.js";
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
