import {
  JS,
  JS_NAMED,
  PY_NAMED,
  componentTestFiles,
  coverageIgnoresIn,
  findTestMarkers,
  markersIn,
  pytestHooksIn,
  testMarkerNotes
} from "./chunk-A5IT62VB.js";
import "./chunk-TDJYSOY6.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  JS,
  JS_NAMED,
  PY_NAMED,
  componentTestFiles,
  coverageIgnoresIn,
  findTestMarkers,
  markersIn,
  pytestHooksIn,
  testMarkerNotes
};
