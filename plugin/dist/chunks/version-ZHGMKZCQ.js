import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-EDZ2QOAN.js";
import "./chunk-CGFATAYN.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
