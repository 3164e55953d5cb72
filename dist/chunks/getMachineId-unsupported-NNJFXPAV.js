import {
  diag
} from "./chunk-KSGSITSE.js";
import "./chunk-HANBNIMK.js";

// node_modules/@opentelemetry/resources/dist/detectors/platform/node/machine-id/getMachineId-unsupported.mjs
async function getMachineId() {
  diag.debug("could not read machine-id: unsupported platform");
}
export {
  getMachineId
};
