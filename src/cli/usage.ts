/** The CLI's usage lines, apart from src/cli.ts (which runs on import) so that tests can read them. */
/** One usage line per command (README.md's *CLI* block lists the same lines). */
export const USAGE_LINES = [
  'spec-to-production --spec FILE --component NAME [--target dev|staging|production]',
  '                   [--config FILE] [--output FILE] [--workspace DIR] [--verbose]',
  '                   [--only-changed --base REF]',
  'spec-to-production init [--component NAME] [--force] [--workspace DIR]',
  'spec-to-production config --print --component NAME [--spec FILE] [--config FILE] [--format yaml|json] [--workspace DIR]',
  'spec-to-production validate-instructions [GLOB…] [--workspace DIR]',
  'spec-to-production dashboard --component NAME [--days N] [--report FILE] [--output FILE] [--workspace DIR]',
  'spec-to-production tests --flaky | --slow | --history ID [--component NAME] [--base BRANCH] [--limit N] [--days N]',
  '                   [--workspace DIR] [--json]',
  'spec-to-production context list | show ID | export ID [--format md|json] [--workspace DIR]',
  'spec-to-production plan [--specs GLOB…] [--config FILE] [--changed-only --base REF [--head REF]] [--workspace DIR]',
  'spec-to-production aggregate REPORT|DIR… [--expect NAME… | --expect-file matrix.json] [--summary FILE]',
  '                   [--dashboard FILE] [--json FILE]'
]
