import {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
} from "./chunk-4BCAUY6V.js";
import "./chunk-XAMYV3A6.js";
import "./chunk-HANBNIMK.js";
export {
  MAX_LISTING_BYTES,
  detachedHead,
  forgetListings,
  headBranch,
  indexListing,
  trackedFromListing
};
