import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunk-DMWQQ2TW.js";
import "./chunk-SVBWEANH.js";
import "./chunk-UBYVC3JQ.js";
import "./chunk-UPM4JHD7.js";
import "./chunk-CVUZ6IGW.js";
import "./chunk-P3CBC5YO.js";

// src/cli/install.ts
function run(argv, io) {
  return main(argv, { stdout: (t) => void io.stdout.write(t), stderr: (t) => void io.stderr.write(t), cwd: io.cwd, env: io.env });
}
var installVerb = (args, io) => run(args, io);
var uninstallVerb = (args, io) => run(["uninstall", ...args], io);
export {
  installVerb,
  uninstallVerb
};
