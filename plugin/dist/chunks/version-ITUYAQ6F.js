import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-BAIG5DT7.js";
import "./chunk-MLAI43QY.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
