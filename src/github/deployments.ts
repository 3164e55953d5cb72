/**
 * The engine's GitHubPort on the REST API: GitHub Deployments for the deploy stages (statuses in_progress →
 * success/failure), the staging soak read from the Deployments API, and the security review read from the pull
 * request that brought the commit. A token that may not do something gives a warning naming the permission.
 */
import type { CriterionReading, DeploymentRecord, GitHubPort } from '../engine/host.js'
import type { GitHubClient, GitHubLogger } from './octokit.js'

export interface DeploymentsSettings {
  octokit: GitHubClient
  owner: string
  repo: string
  log: GitHubLogger
  /** Link from each status to the workflow run, when known. */
  runUrl?: string
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Pages of deployments read at most when looking for failures since a success. */
const MAX_PAGES = 5
/** Pages of a pull request's events read at most to learn who added a label. */
const MAX_EVENT_PAGES = 10

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

/**
 * The component a deployment this product recorded was of: its payload's `component`, or, for a record made before the
 * payload carried it, the name in its description (`spec-to-production <component>`). Null for another tool's record.
 */
function deployedComponent(d: { payload?: unknown; description?: string | null }): string | null {
  let payload = d.payload
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload) as unknown
    } catch {
      payload = undefined
    }
  }
  const named = typeof payload === 'object' && payload !== null ? (payload as { component?: unknown }).component : undefined
  if (typeof named === 'string') return named
  return /^spec-to-production (\S+)$/.exec(d.description ?? '')?.[1] ?? null
}

export function createGitHubPort(settings: DeploymentsSettings): GitHubPort {
  const { octokit, owner, repo, log } = settings

  async function startDeployment(o: { environment: string; sha: string; description: string; production: boolean; component?: string }): Promise<DeploymentRecord | null> {
    let id: number
    let url: string
    try {
      const res = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: o.sha,
        environment: o.environment,
        description: o.description,
        auto_merge: false,
        required_contexts: [],
        production_environment: o.production,
        transient_environment: false,
        // Which component it deployed: components of one repository share commits and, often, environment names.
        ...(o.component !== undefined ? { payload: { component: o.component } } : {})
      })
      if (res.status !== 201 || !('id' in res.data)) {
        log.warning(`GitHub did not create a deployment for ${o.environment} (${res.status}): the deploy runs without a GitHub Deployment record`)
        return null
      }
      id = res.data.id
      url = res.data.url
    } catch (error) {
      const status = statusOf(error)
      log.warning(
        status === 403 || status === 404
          ? `cannot create a GitHub Deployment (${status}): grant 'deployments: write' to record deployments; the deploy still runs`
          : `cannot create a GitHub Deployment: ${(error as Error).message}; the deploy still runs`
      )
      return null
    }
    return {
      url,
      async status(state, extra = {}) {
        try {
          await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state,
            description: extra.description?.slice(0, 140),
            ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
            ...(settings.runUrl ? { log_url: settings.runUrl } : {}),
            // A new successful deployment marks the environment's earlier ones inactive.
            auto_inactive: state === 'success'
          })
        } catch (error) {
          log.warning(`cannot set the GitHub Deployment status to ${state}: ${(error as Error).message}`)
        }
      }
    }
  }

  async function soak(o: { environment: string; sha: string; days: number; now: number; component?: string }): Promise<CriterionReading> {
    try {
      const { data: listed } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, sha: o.sha, per_page: 100 })
      // The components of a repository share its commits: another component's deployment of this commit (to a staging
      // environment of the same name) is not this component's time there. Deployments that name no component (made by
      // another tool) are counted as before.
      const others = o.component === undefined ? [] : listed.filter((d) => deployedComponent(d) !== null && deployedComponent(d) !== o.component)
      const forCommit = listed.filter((d) => !others.includes(d))
      let firstSuccess: number | null = null
      for (const d of forCommit) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 })
        for (const s of statuses) {
          const at = Date.parse(s.created_at)
          if (s.state === 'success' && (firstSuccess === null || at < firstSuccess)) firstSuccess = at
        }
      }
      if (firstSuccess === null) {
        const otherNames = [...new Set(others.map(deployedComponent))].slice(0, 5).join(', ')
        return {
          met: false,
          value: 'never',
          reason: `${o.sha.slice(0, 7)} has no successful deployment${o.component !== undefined ? ` of ${o.component}` : ''} to ${o.environment}${others.length ? ` (its ${others.length} deployment(s) there are of other components: ${otherNames})` : ''}`
        }
      }
      const ageDays = (o.now - firstSuccess) / DAY_MS
      const value = `${ageDays.toFixed(1)} days`
      if (ageDays < o.days) {
        return { met: false, value, reason: `deployed to ${o.environment} ${value} ago, less than ${o.days}` }
      }
      // Any failure of the environment since then breaks the soak, whichever commit it was. The deployments are read
      // newest first until one older than that success: a history longer than the pages read is not all checked.
      let readAll = false
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data: recent } = await octokit.rest.repos.listDeployments({ owner, repo, environment: o.environment, per_page: 100, page })
        for (const d of recent) {
          if (Date.parse(d.updated_at) < firstSuccess) continue
          const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id, per_page: 100 })
          const failure = statuses.find((s) => (s.state === 'failure' || s.state === 'error') && Date.parse(s.created_at) >= firstSuccess!)
          if (failure) {
            return { met: false, value, reason: `${o.environment} had a ${failure.state} status on ${failure.created_at} (deployment ${d.id}) since this commit was deployed` }
          }
        }
        if (recent.length < 100 || recent.every((d) => Date.parse(d.created_at) < firstSuccess!)) {
          readAll = true
          break
        }
      }
      if (!readAll) {
        return {
          met: false,
          value,
          reason: `${o.environment} has more than ${MAX_PAGES * 100} deployments since this commit was deployed there; only the latest ${MAX_PAGES * 100} were checked for a failure, so "no failure since" cannot be verified`
        }
      }
      return { met: true, value, reason: `deployed to ${o.environment} ${value} ago with no failure since` }
    } catch (error) {
      const status = statusOf(error)
      return { met: false, value: 'unknown', reason: `cannot read deployments (${status ?? (error as Error).message})${status === 403 || status === 404 ? ": grant 'deployments: read'" : ''}` }
    }
  }

  /**
   * Who last added each label to pull request `number` (its `labeled` events, oldest first, up to
   * {@link MAX_EVENT_PAGES} pages), or why that cannot be read.
   */
  async function labelAdders(number: number): Promise<Map<string, string> | string> {
    const added = new Map<string, string>()
    try {
      let pages = 0
      for await (const { data } of octokit.paginate.iterator(octokit.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 })) {
        // A page beyond the bound: the latest addition may be on a page not read.
        if (pages++ === MAX_EVENT_PAGES) return `more than ${MAX_EVENT_PAGES * 100} events on #${number}`
        for (const e of data) if (e.event === 'labeled' && 'label' in e && e.label?.name && e.actor?.login) added.set(e.label.name, e.actor.login)
      }
      return added
    } catch (error) {
      const status = statusOf(error)
      return `${status ?? (error as Error).message}${status === 403 || status === 404 ? ": grant 'issues: read'" : ''}`
    }
  }

  async function securityReview(o: { sha: string; users: string[]; teams: string[]; labels: string[] }): Promise<CriterionReading> {
    try {
      const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: o.sha })
      const pr = pulls.find((p) => p.merged_at) ?? pulls[0]
      if (!pr) return { met: false, value: 'no pull request', reason: `no pull request brought ${o.sha.slice(0, 7)}: nothing was reviewed` }
      const head = pr.head?.sha ?? null
      // The commit deployed must be the state the approval (or the label) saw: the pull request's last commit, or the
      // commit its merge made. An earlier commit of the pull request (a re-run of an older run) lacks what was pushed
      // after it — a fix the reviewer asked for, say — and no review of the pull request covers it.
      const merge = pr.merge_commit_sha ?? null
      if (head !== null && o.sha !== head && o.sha !== merge) {
        return {
          met: false,
          value: `an earlier commit of #${pr.number}`,
          reason: `${o.sha.slice(0, 7)} is neither the last commit of pull request #${pr.number} (${head.slice(0, 7)}) nor its merge${merge ? ` (${merge.slice(0, 7)})` : ''}: an approval or label of the pull request does not cover this earlier state of its code`
        }
      }

      // A label is a review only when someone other than the pull request's author put it there: who did is read from
      // the pull request's events (the latest time each label was added).
      const labelled = pr.labels.map((l) => l.name).filter((name) => o.labels.includes(name))
      let labelNote = ''
      if (labelled.length) {
        const author = pr.user?.login ?? null
        const added = await labelAdders(pr.number)
        if (typeof added === 'string') {
          labelNote = `; who added the label ${labelled.join(', ')} cannot be read (${added}), so it is no review`
        } else {
          const byOther = labelled.find((name) => added.has(name) && (author === null || added.get(name)!.toLowerCase() !== author.toLowerCase()))
          if (byOther) {
            const by = added.get(byOther)!
            return { met: true, value: `label ${byOther} on #${pr.number}, added by ${by}`, reason: `${by} added the label ${byOther} to pull request #${pr.number}` }
          }
          const why = labelled.map((name) => (added.has(name) ? `${name} was added by the pull request's author ${added.get(name)}` : `${name}: no record of who added it`))
          labelNote = `; the label ${why.join(', ')}: a review is someone else's`
        }
      }
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pr.number, per_page: 100 })
      // A reviewer's latest verdict counts (an approval followed by 'changes requested' is no approval), and an
      // approval counts only of the pull request's last commit: one given before later pushes reviewed other code
      // (GitHub keeps it unless branch protection dismisses stale approvals).
      const latest = new Map<string, { state: string; commit: string | null }>()
      for (const r of reviews) if (r.user && r.state !== 'COMMENTED') latest.set(r.user.login, { state: r.state, commit: r.commit_id ?? null })
      const approved = [...latest].filter(([, r]) => r.state === 'APPROVED')
      const approvers = approved.filter(([, r]) => head !== null && r.commit === head).map(([login]) => login)
      const stale = approved.filter(([, r]) => head === null || r.commit !== head).map(([login]) => login)
      const byUser = approvers.find((login) => o.users.some((u) => u.toLowerCase() === login.toLowerCase()))
      if (byUser) return { met: true, value: `approved by ${byUser} on #${pr.number}`, reason: `${byUser} approved pull request #${pr.number}` }
      for (const team of o.teams) {
        const [org, slug] = team.split('/')
        if (!org || !slug) continue
        for (const login of approvers) {
          try {
            const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login })
            if (data.state === 'active') return { met: true, value: `approved by ${login} (${team}) on #${pr.number}`, reason: `${login} of ${team} approved pull request #${pr.number}` }
          } catch (error) {
            if (statusOf(error) !== 404) throw error
          }
        }
      }
      const staleNote = stale.length
        ? ` (${stale.join(', ')} approved an earlier commit than its last${head ? `, ${head.slice(0, 7)}` : ''}: that approval does not cover the commits pushed after it)`
        : ''
      return {
        met: false,
        value: approvers.length ? `approved by ${approvers.join(', ')}` : stale.length ? `approved an earlier commit: ${stale.join(', ')}` : labelled.length ? `label ${labelled[0]}, not a review` : 'no approval',
        reason: `pull request #${pr.number} has no approval of its last commit from ${[...o.users, ...o.teams].join(', ') || 'the configured reviewers'} and ${labelled.length ? 'no label added by another than its author' : `none of the labels ${o.labels.join(', ') || '(none configured)'}`}${staleNote}${labelNote}`
      }
    } catch (error) {
      const status = statusOf(error)
      return { met: false, value: 'unknown', reason: `cannot read the pull request's reviews (${status ?? (error as Error).message})${status === 403 ? ": grant 'pull-requests: read' (and 'members: read' for teams)" : ''}` }
    }
  }

  return { startDeployment, soak, securityReview }
}
