import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TINZX7TV.js";
import "./chunk-SJH3HVBJ.js";
import "./chunk-X4VVDXC3.js";
export {
  VERSION
};
