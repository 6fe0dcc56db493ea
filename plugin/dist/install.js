import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-V4LCUOBG.js";
import "./chunks/chunk-27PHZLKR.js";
import "./chunks/chunk-XN4XO2AO.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-FLVYY72C.js";
import "./chunks/chunk-XOD3UMIQ.js";
import "./chunks/chunk-X4VVDXC3.js";

// install.ts
process.exitCode = await main(process.argv.slice(2));
