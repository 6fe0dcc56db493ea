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
} from "./chunk-J2IOCMBK.js";
import {
  shArg
} from "./chunk-2NAXI352.js";
import "./chunk-27PHZLKR.js";
import "./chunk-LZUNL5UG.js";
import "./chunk-I72FRNB2.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-46V7UKBV.js";
import "./chunk-LCILICVB.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-XN4XO2AO.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-FLVYY72C.js";
import "./chunk-XOD3UMIQ.js";
import "./chunk-T7IDQBNB.js";
import "./chunk-X4VVDXC3.js";
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
