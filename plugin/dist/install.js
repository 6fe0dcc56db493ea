import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-F7NAJCWS.js";
import "./chunks/chunk-AYEZNPFH.js";
import "./chunks/chunk-WTIASGC2.js";
import "./chunks/chunk-N7COAWPZ.js";
import "./chunks/chunk-HXVNJPAW.js";
import "./chunks/chunk-X4VVDXC3.js";

// install.ts
process.exitCode = await main(process.argv.slice(2));
