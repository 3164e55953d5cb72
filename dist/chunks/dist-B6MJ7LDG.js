import {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceAttributesEnvDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector,
  serviceNameEnvDetector
} from "./chunk-XA5T2GGI.js";
import "./chunk-KSGSITSE.js";
import "./chunk-HANBNIMK.js";
export {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceAttributesEnvDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector,
  serviceNameEnvDetector
};
