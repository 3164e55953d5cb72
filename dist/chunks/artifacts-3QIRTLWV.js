import {
  Timeout,
  beforeDeadline,
  captureSdkLog
} from "./chunk-C6OSL2UA.js";
import {
  steadyNow
} from "./chunk-JOUZQ3LF.js";
import "./chunk-HANBNIMK.js";

// src/github/artifacts.ts
var ARTIFACT_FAILURE_LINES = /^(Artifact upload failed with error:|Download Artifact failed with error:|Get Artifact failed with error:|Listing Artifacts failed with error:)/;
var messageOf = (error) => (error instanceof Error ? error.message : String(error)).split(/\r?\n/, 1)[0].trim();
function isPermanent(error) {
  const name = error instanceof Error ? error.name : "";
  if (["FilesNotFoundError", "GHESNotSupportedError", "UsageError", "ArtifactNotFoundError"].includes(name)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /non-retryable|is not valid|input during validation is empty|Unable to get the \S+ env variable|Failed to get backend IDs|skipArchive|is not a parent directory|is not a valid directory|does not exist|Cannot find module|ERR_MODULE_NOT_FOUND/i.test(message);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function clampRetention(days) {
  if (days === void 0 || !Number.isFinite(days)) return void 0;
  const repositoryMax = Number.parseInt(process.env.GITHUB_RETENTION_DAYS ?? "", 10);
  const max = Number.isFinite(repositoryMax) && repositoryMax >= 1 ? Math.min(90, repositoryMax) : 90;
  return Math.min(max, Math.max(1, Math.round(days)));
}
async function uploadArtifacts(options) {
  const { name, files, rootDirectory, log } = options;
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const backoffMs = Math.max(0, options.backoffMs ?? 1e3);
  const retentionDays = clampRetention(options.retentionDays);
  if (files.length === 0) {
    log.warning(`Artifact ${name} not uploaded: no files to upload.`);
    return { uploaded: false, attempts: 0, error: "no files to upload" };
  }
  const timeoutMs = options.timeoutMs ?? 12e4;
  const deadline = steadyNow() + timeoutMs;
  process.env.ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS ??= String(timeoutMs);
  let lastError;
  let made = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    made = attempt;
    const capture = captureSdkLog(ARTIFACT_FAILURE_LINES);
    try {
      const { DefaultArtifactClient } = await import("./artifact-7JKU4IKH.js");
      const client = new DefaultArtifactClient();
      const response = await beforeDeadline(client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {}), deadline, timeoutMs);
      log.info(`Artifact ${name} uploaded (id ${response.id}, ${response.size ?? 0} bytes).`);
      return { uploaded: true, id: response.id, size: response.size, digest: response.digest, attempts: attempt };
    } catch (error2) {
      lastError = error2;
      if (isPermanent(error2) || error2 instanceof Timeout || attempt === attempts) break;
      const pause = backoffMs * 2 ** (attempt - 1);
      if (steadyNow() + pause >= deadline) break;
      log.info(`Artifact ${name}: attempt ${attempt} of ${attempts} failed (${messageOf(error2)}); retrying in ${pause} ms.`);
      await sleep(pause);
    } finally {
      capture.stop();
    }
  }
  const error = lastError instanceof Timeout ? `upload ${lastError.message}` : messageOf(lastError);
  log.warning(`Artifact ${name} was not uploaded after ${made} attempt${made === 1 ? "" : "s"}: ${error}`);
  return { uploaded: false, attempts: made, error };
}
async function downloadArtifact(options) {
  const { name, path, log } = options;
  const capture = captureSdkLog(ARTIFACT_FAILURE_LINES);
  try {
    const { DefaultArtifactClient } = await import("./artifact-7JKU4IKH.js");
    const client = new DefaultArtifactClient();
    const { artifact } = await client.getArtifact(name);
    const response = await client.downloadArtifact(artifact.id, { path });
    if (response.digestMismatch) throw new Error(`digest mismatch for artifact ${name}`);
    log.info(`Artifact ${name} downloaded to ${response.downloadPath ?? path}.`);
    return { downloaded: true, id: artifact.id, path: response.downloadPath ?? path };
  } catch (error) {
    const message = messageOf(error);
    log.warning(`Artifact ${name} was not downloaded: ${message}`);
    return { downloaded: false, error: message };
  } finally {
    capture.stop();
  }
}
export {
  downloadArtifact,
  uploadArtifacts
};
