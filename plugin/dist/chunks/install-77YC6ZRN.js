import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunk-K5PHX7RZ.js";
import "./chunk-7EDPVFEX.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import "./chunk-5EGK72M7.js";
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
