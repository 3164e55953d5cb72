
// src/config/types.ts
var TARGETS = ["dev", "staging", "production"];
var STAGE_ORDER = [
  "specification",
  "testing",
  "refactoring",
  "staging_deployment",
  "production_deployment"
];
var ConfigurationError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigurationError";
  }
};

export {
  TARGETS,
  STAGE_ORDER,
  ConfigurationError
};
