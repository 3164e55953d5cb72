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
} from "./chunk-GZKD2TN7.js";
import "./chunk-DG3KJSQH.js";
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
