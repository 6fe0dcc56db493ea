import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  main
} from "./chunk-F7NAJCWS.js";
import "./chunk-AYEZNPFH.js";
import "./chunk-WTIASGC2.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-HXVNJPAW.js";
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
