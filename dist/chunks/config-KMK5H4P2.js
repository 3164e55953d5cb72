import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  loadConfig
} from "./chunk-LLSBVFXH.js";
import {
  originOf
} from "./chunk-QFJOODSQ.js";
import "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-24GEDJX4.js";
import "./chunk-LEJ6JWSO.js";
import "./chunk-KEV4FWKC.js";
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit
} from "./chunk-4LSZ7FBK.js";
import "./chunk-HYULKLIY.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/config.ts
import { parseArgs } from "node:util";
function annotatedYaml(config, layers) {
  const doc = new Document(config);
  visit(doc, {
    Pair(_key, pair, path) {
      const keys = [];
      for (const node of path) if (isPair(node) && isScalar(node.key)) keys.push(String(node.key.value));
      if (isScalar(pair.key)) keys.push(String(pair.key.value));
      const value = pair.value;
      const isReport = isMap(value) && value.items.some((i) => isScalar(i.key) && i.key.value === "path");
      if (isScalar(value) || isSeq(value) || isReport) {
        const origin = originOf(layers, keys);
        if (value && !isScalar(value)) value.flow = true;
        if (value) value.comment = ` ${origin}`;
        return visit.SKIP;
      }
      return void 0;
    }
  });
  return doc.toString({ lineWidth: 0 });
}
async function configCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      print: { type: "boolean" },
      component: { type: "string" },
      spec: { type: "string" },
      config: { type: "string" },
      workspace: { type: "string" },
      format: { type: "string", default: "yaml" }
    },
    strict: true
  });
  if (!values.print) throw new Error("config needs --print (config --print --component NAME [--spec FILE] [--config FILE])");
  if (!values.component) throw new Error("config --print needs --component NAME: the effective configuration is per component");
  if (values.format !== "yaml" && values.format !== "json") throw new Error(`--format must be yaml or json, not '${values.format}'`);
  const workspace = workspaceDirectory(values.workspace);
  const loaded = await loadConfig({ workspace, component: values.component, configPath: values.config, specFile: values.spec });
  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify({ file: loaded.file, preset_source: loaded.presetSource, choices: loaded.choices, config: loaded.config }, null, 2)}
`);
    return 0;
  }
  const lines = [
    `# effective configuration for component ${values.component}`,
    `# file: ${loaded.file ?? "none (preset only)"}`,
    `# preset ${loaded.config.preset}: ${loaded.presetSource}`,
    ...loaded.choices.map((c) => `#   ${c.topic}: ${c.chose} \u2014 ${c.because}`),
    `# each value is followed by where it came from: ${loaded.layers.map((l) => l.name).join(" < ")}`
  ];
  printInert(process.stdout, `${lines.join("\n")}
${annotatedYaml(loaded.config, loaded.layers)}`);
  return 0;
}
export {
  annotatedYaml,
  configCommand
};
