import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  CODEX_INSTALL_COMMAND,
  EXEC_FLAGS,
  MIN_NODE_MAJOR,
  TESTED_CODEX_VERSION,
  checkCodexBin,
  checkCodexFlags,
  checkCodexLogin,
  checkCodexVersion,
  checkConfig,
  checkHooks,
  checkNode,
  checkState,
  checkWorker,
  compareVersions,
  exitCodeFor,
  readStateReadOnly,
  runChecks
} from "./chunk-GSLFFTOP.js";
import {
  shArg
} from "./chunk-2NAXI352.js";
import "./chunk-P2E45VMS.js";
import "./chunk-SVBWEANH.js";
import "./chunk-WP2NN3JG.js";
import "./chunk-T6EGTHXK.js";
import "./chunk-53BBWQ4D.js";
import "./chunk-UBYVC3JQ.js";
import "./chunk-TAH6EO5F.js";
import "./chunk-UPM4JHD7.js";
import "./chunk-CVUZ6IGW.js";
import "./chunk-P3CBC5YO.js";
export {
  CODEX_INSTALL_COMMAND,
  EXEC_FLAGS,
  MIN_NODE_MAJOR,
  TESTED_CODEX_VERSION,
  checkCodexBin,
  checkCodexFlags,
  checkCodexLogin,
  checkCodexVersion,
  checkConfig,
  checkHooks,
  checkNode,
  checkState,
  checkWorker,
  compareVersions,
  exitCodeFor,
  readStateReadOnly,
  runChecks,
  shArg
};
