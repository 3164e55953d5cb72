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
} from "./chunk-QFM2UGI3.js";
import "./chunk-FTGUSBIA.js";
import "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
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
