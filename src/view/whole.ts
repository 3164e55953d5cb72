/**
 * Where the whole of what a surface leaves out is in this run: the JSON report (and, for findings, the SARIF file),
 * and whether they outlive the job. Every surface that points elsewhere ("… 3 more in …", a truncation note, the
 * fallback's notice) takes its words from here: the check run and the comment outlive the runner, so "in the JSON
 * report" alone would send a reader to files gone when the job ends.
 */

/**
 * The artifact's state when the surface is written: `pending` the upload comes after it (the check run, the first job
 * summary), `uploaded` it is in place, `failed` it was tried and not uploaded, `off` upload-artifacts is false.
 */
export type ArtifactState = 'pending' | 'uploaded' | 'failed' | 'off'

export interface WholePlace {
  /** The JSON report's path as the workspace names it. */
  report: string
  /** The SARIF file's path as the workspace names it, when it was written. */
  sarif: string | null
  /** The artifact's name (upload-artifacts on). */
  artifact: string | null
  upload: ArtifactState
  /** The workflow run the artifact belongs to, when it is another run's (the aggregate's workflow_run mode). */
  run?: string | null
}

/**
 * The words after "in": `findings` are in the report and the SARIF file, anything else (errors, test lists) in the
 * report only. `esc` makes text from the workspace (paths, the artifact's name) safe for the surface. Without a place
 * (a caller that cannot know, such as a report read from another run), the report alone is named.
 */
export function whereWhole(place: WholePlace | null | undefined, what: 'findings' | 'report', esc: (text: string) => string = (t) => t): string {
  if (!place) return 'the JSON report'
  const files = `the JSON report ${esc(place.report)}${what === 'findings' && place.sarif ? ` and the SARIF file ${esc(place.sarif)}` : ''}`
  const artifact = `'${esc(place.artifact ?? '')}'`
  switch (place.upload) {
    case 'uploaded':
      return `${files} in the artifact ${artifact}${place.run ? ` of workflow run ${esc(place.run)}` : ''}`
    case 'pending':
      return `${files} on the runner, uploaded after this was written as the artifact ${artifact} (should the upload fail, a warning in the job's log says so, and they end with the job)`
    case 'failed':
      return `${files}, only on the runner and gone when the job ends: the artifact upload failed (a warning in the job's log says why)`
    case 'off':
      return `${files}, only on the runner and gone when the job ends: upload-artifacts is false (set it to true to keep them as an artifact)`
  }
}
