import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-W6QJBGVZ.js";
import "./chunks/chunk-XUAFWE7I.js";
import "./chunks/chunk-K5JLFF65.js";
import {
  package_default
} from "./chunks/chunk-QPAXKQK3.js";
import "./chunks/chunk-OYMSL5DR.js";
import "./chunks/chunk-V5ORDDCX.js";
import "./chunks/chunk-7XZX6F2Z.js";
import "./chunks/chunk-CWQD44TF.js";
import "./chunks/chunk-6I6GK4CH.js";
import "./chunks/chunk-74YMS3QO.js";
import "./chunks/chunk-7ITYIVUS.js";
import "./chunks/chunk-US6X3PEO.js";
import "./chunks/chunk-6MOMFP2S.js";
import "./chunks/chunk-XB2KXZHW.js";
import "./chunks/chunk-NUTQ7FJE.js";
import "./chunks/chunk-DI3QD2SS.js";
import "./chunks/chunk-WAZZ7GA4.js";
import "./chunks/chunk-IFZP5CNE.js";
import "./chunks/chunk-TDWSTA6Y.js";
import "./chunks/chunk-Y6OAWYK6.js";
import "./chunks/chunk-QR7TU3TZ.js";
import "./chunks/chunk-2457UOSZ.js";
import "./chunks/chunk-O2EGVUQG.js";
import "./chunks/chunk-UMH65Y2S.js";
import "./chunks/chunk-T7IDQBNB.js";
import "./chunks/chunk-X4VVDXC3.js";

// src/mcp/main.ts
void serveStdio({ env: process.env, cwd: process.cwd(), version: package_default.version });
