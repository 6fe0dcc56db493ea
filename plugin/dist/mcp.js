import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-D2TECDCE.js";
import "./chunks/chunk-SHFI26FY.js";
import "./chunks/chunk-LZUNL5UG.js";
import {
  package_default
} from "./chunks/chunk-CGFATAYN.js";
import "./chunks/chunk-7SDCGB4M.js";
import "./chunks/chunk-2HN5OY2B.js";
import "./chunks/chunk-QJASED65.js";
import "./chunks/chunk-B2NWQCKF.js";
import "./chunks/chunk-SFSZM5JT.js";
import "./chunks/chunk-2GO7KGMC.js";
import "./chunks/chunk-XAUHQPLF.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-7BN3JJA3.js";
import "./chunks/chunk-LSZ3FN6D.js";
import "./chunks/chunk-LAJXJJVQ.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-LP5LBSV7.js";
import "./chunks/chunk-I72FRNB2.js";
import "./chunks/chunk-MUYHIS4Y.js";
import "./chunks/chunk-46V7UKBV.js";
import "./chunks/chunk-LCILICVB.js";
import "./chunks/chunk-35G4VKQM.js";
import "./chunks/chunk-7YTQVAPM.js";
import "./chunks/chunk-XN4XO2AO.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-FLVYY72C.js";
import "./chunks/chunk-XOD3UMIQ.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
