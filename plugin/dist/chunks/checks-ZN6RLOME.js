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
} from "./chunk-XXZI2MAS.js";
import {
  shArg
} from "./chunk-2NAXI352.js";
import "./chunk-7EDPVFEX.js";
import "./chunk-3BVNDHKI.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-P7EYBF34.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-XQ3S6CER.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-2N2Y57GQ.js";
import "./chunk-O76QQAV3.js";
import "./chunk-5EGK72M7.js";
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
