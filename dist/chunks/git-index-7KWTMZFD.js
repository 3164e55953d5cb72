import {
  MAX_LISTING_BYTES,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
} from "./chunk-DWQ6IZUG.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTING_BYTES,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
};
