import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunk-WIKNVHAZ.js";
import "./chunk-5W5GY55F.js";
import "./chunk-QR7TU3TZ.js";
import "./chunk-2457UOSZ.js";
import "./chunk-O2EGVUQG.js";
import "./chunk-UMH65Y2S.js";
import "./chunk-X4VVDXC3.js";

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
