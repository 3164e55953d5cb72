import "./chunk-HANBNIMK.js";

// src/github/code-scanning.ts
import { gzipSync } from "node:zlib";
var MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
var MAX_RESULTS_PER_RUN = 25e3;
function encodeSarifForUpload(sarif) {
  let results = 0;
  let leftOut = 0;
  const runs = sarif.runs.map((run) => {
    const located = run.results.filter((r) => (r.locations?.length ?? 0) > 0);
    const kept = located.slice(0, MAX_RESULTS_PER_RUN);
    results += kept.length;
    leftOut += run.results.length - kept.length;
    return { ...run, results: kept };
  });
  const gzipped = gzipSync(Buffer.from(JSON.stringify({ ...sarif, runs })));
  return { encoded: gzipped.toString("base64"), gzippedBytes: gzipped.length, results, leftOut };
}
async function uploadSarif(octokit, options) {
  const { log } = options;
  const skip = (reason, results2 = 0, leftOut2 = 0) => {
    log.warning(`SARIF not uploaded to code scanning: ${reason}`);
    return { uploaded: false, reason, results: results2, left_out: leftOut2 };
  };
  if (!/^refs\/(heads|tags|pull)\/.+/.test(options.ref)) return skip(`ref '${options.ref}' is not refs/heads/\u2026, refs/tags/\u2026 or refs/pull/\u2026`);
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(options.commitSha)) return skip(`'${options.commitSha}' is not a full commit SHA`);
  const { encoded, gzippedBytes, results, leftOut } = encodeSarifForUpload(options.sarif);
  if (gzippedBytes > MAX_GZIPPED_BYTES) {
    return skip(`the gzipped log is ${(gzippedBytes / 1048576).toFixed(1)} MB, over GitHub's 10 MB; it is kept as an artifact`, 0, results + leftOut);
  }
  try {
    const { data } = await octokit.rest.codeScanning.uploadSarif({
      owner: options.owner,
      repo: options.repo,
      commit_sha: options.commitSha,
      ref: options.ref,
      sarif: encoded,
      tool_name: "spec-to-production",
      ...options.checkoutUri ? { checkout_uri: options.checkoutUri } : {},
      ...options.startedAt ? { started_at: options.startedAt } : {}
    });
    log.info(`SARIF uploaded to code scanning: ${results} results${leftOut ? ` (${leftOut} without a location or over the limit left out)` : ""}; analysis ${data.id ?? "?"}`);
    return { uploaded: true, ...data.id ? { id: data.id } : {}, ...data.url ? { url: data.url } : {}, results, left_out: leftOut };
  } catch (error) {
    const status = error.status;
    const message = error.message;
    if (status === 403) {
      return skip(
        `${status} ${message}. Grant \`security-events: write\` in the workflow's \`permissions:\`; private repositories also need code scanning (GitHub Advanced Security) enabled, and pull requests from forks cannot upload.`,
        0,
        results + leftOut
      );
    }
    if (status === 404) return skip(`${status} ${message}: the repository is not visible to this token or code scanning is not available for it`, 0, results + leftOut);
    return skip(`${status ?? "network error"} ${message}`, 0, results + leftOut);
  }
}
export {
  encodeSarifForUpload,
  uploadSarif
};
