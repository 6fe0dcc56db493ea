import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-DMWQQ2TW.js";
import "./chunks/chunk-SVBWEANH.js";
import "./chunks/chunk-UBYVC3JQ.js";
import "./chunks/chunk-UPM4JHD7.js";
import "./chunks/chunk-CVUZ6IGW.js";
import "./chunks/chunk-P3CBC5YO.js";

// install.ts
process.exitCode = await main(process.argv.slice(2));
