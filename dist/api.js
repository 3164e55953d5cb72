import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-GWQRNRVN.js";
import "./chunks/chunk-A6YKUE4R.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-Q4ITSBZM.js";
import "./chunks/chunk-NB6LIRQ7.js";
import "./chunks/chunk-LKSAG4SA.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-FHEQNACH.js";
import "./chunks/chunk-GJMVF7HK.js";
import "./chunks/chunk-TG4UTRL3.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
