import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-WIKNVHAZ.js";
import "./chunks/chunk-5W5GY55F.js";
import "./chunks/chunk-QR7TU3TZ.js";
import "./chunks/chunk-2457UOSZ.js";
import "./chunks/chunk-O2EGVUQG.js";
import "./chunks/chunk-UMH65Y2S.js";
import "./chunks/chunk-X4VVDXC3.js";

// install.ts
process.exitCode = await main(process.argv.slice(2));
