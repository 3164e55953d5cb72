
// src/exec/git-blobs.ts
import { spawn } from "node:child_process";
async function blobsAt(workspace, specs, maxBytes) {
  const out = /* @__PURE__ */ new Map();
  const asked = specs.filter((spec) => !/[\r\n]/.test(spec));
  if (asked.length === 0) return out;
  const child = spawn("git", ["-c", "core.quotePath=false", "cat-file", "--batch"], { cwd: workspace, stdio: ["pipe", "pipe", "ignore"] });
  const chunks = [];
  child.stdout.on("data", (d) => chunks.push(d));
  child.stdin.on("error", () => void 0);
  child.stdin.end(asked.map((spec) => `${spec}
`).join(""));
  const ok = await new Promise((resolve) => {
    child.on("error", () => resolve(false));
    child.on("close", (code) => resolve(code === 0));
  });
  if (!ok) return out;
  const all = Buffer.concat(chunks);
  let at = 0;
  for (const spec of asked) {
    const eol = all.indexOf(10, at);
    if (eol === -1) break;
    const header = all.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const m = / (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(spec, all.subarray(at, at + Math.min(size, maxBytes)).toString("utf8"));
    at += size + 1;
  }
  return out;
}

export {
  blobsAt
};
