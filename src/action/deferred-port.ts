/**
 * A GitHubPort usable before the GitHub client exists: it waits for it on first use. The action starts loading
 * Octokit and creating the in-progress check run alongside the pipeline instead of before it, so the first stage
 * starts without waiting for a module load or a network round trip; deployments wait only when they get there.
 */
import type { GitHubPort } from '../engine/host.js'

export function deferredPort(ready: Promise<GitHubPort | undefined>): GitHubPort {
  const noClient = { met: false, value: 'unknown', reason: 'the GitHub client could not be set up (see the warnings above)' }
  return {
    startDeployment: async (o) => (await ready)?.startDeployment(o) ?? null,
    soak: async (o) => (await ready)?.soak(o) ?? noClient,
    securityReview: async (o) => (await ready)?.securityReview(o) ?? noClient,
    suggestFixes: async (o) => {
      const port = await ready
      return port?.suggestFixes ? port.suggestFixes(o) : { posted: 0, skipped: 0, url: null, reason: 'the GitHub client could not be set up' }
    }
  }
}
