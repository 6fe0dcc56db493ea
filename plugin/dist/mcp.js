import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  serveStdio
} from "./chunks/chunk-SR2TM5XY.js";
import "./chunks/chunk-G6GMFUHV.js";
import "./chunks/chunk-3BVNDHKI.js";
import {
  package_default
} from "./chunks/chunk-2KQP7OET.js";
import "./chunks/chunk-5KND6DSC.js";
import "./chunks/chunk-7VFKRZW7.js";
import "./chunks/chunk-36Z6CVZT.js";
import "./chunks/chunk-KZ7XXGVM.js";
import "./chunks/chunk-AIKYF4WE.js";
import "./chunks/chunk-APWNE2EQ.js";
import "./chunks/chunk-M7AAKXZU.js";
import "./chunks/chunk-I2MF27HJ.js";
import "./chunks/chunk-BPNAVEWW.js";
import "./chunks/chunk-BXNP4THY.js";
import "./chunks/chunk-IZNJLSYH.js";
import "./chunks/chunk-FCUIEJAE.js";
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
