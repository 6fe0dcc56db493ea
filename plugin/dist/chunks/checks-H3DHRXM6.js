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
} from "./chunk-JUNTHXXY.js";
import {
  shArg
} from "./chunk-2NAXI352.js";
import "./chunk-AYEZNPFH.js";
import "./chunk-7TYLDOZ7.js";
import "./chunk-APWNE2EQ.js";
import "./chunk-66KG5M2T.js";
import "./chunk-MUYHIS4Y.js";
import "./chunk-5VMMBGJO.js";
import "./chunk-7YTQVAPM.js";
import "./chunk-WTIASGC2.js";
import "./chunk-N7COAWPZ.js";
import "./chunk-HXVNJPAW.js";
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
