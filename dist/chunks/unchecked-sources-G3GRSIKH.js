import {
  MAX_NAMED,
  TrackedFiles,
  filesNotChecked,
  notCheckedWarning,
  optOutWarning,
  optOutsIn,
  readHead,
  secretAllowWarning,
  secretAllowsIn,
  trackedUnder
} from "./chunk-TDJYSOY6.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_NAMED,
  TrackedFiles,
  filesNotChecked,
  notCheckedWarning,
  optOutWarning,
  optOutsIn,
  readHead,
  secretAllowWarning,
  secretAllowsIn,
  trackedUnder
};
