import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-K5PHX7RZ.js";
import "./chunks/chunk-7EDPVFEX.js";
import "./chunks/chunk-2N2Y57GQ.js";
import "./chunks/chunk-O76QQAV3.js";
import "./chunks/chunk-5EGK72M7.js";
import "./chunks/chunk-X4VVDXC3.js";

// install.ts
process.exitCode = await main(process.argv.slice(2));
