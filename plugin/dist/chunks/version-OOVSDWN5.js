import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-RUAKUN3U.js";
import "./chunk-CGPVQAZU.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
