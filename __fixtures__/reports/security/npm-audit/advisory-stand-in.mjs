// Stand-in for the registry's bulk advisory endpoint, which this machine's registry access does not serve (405).
// POST /-/npm/v1/security/advisories/bulk answers from ADVISORIES below (entered by hand from the GitHub advisories
// named in their urls); every other request is passed through to the real registry, so npm computes the report itself.
import http from 'node:http'
import https from 'node:https'
import { gunzipSync } from 'node:zlib'

const ADVISORIES = {
  lodash: [
    { id: 1001, url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw', title: 'Prototype Pollution in lodash', severity: 'high', vulnerable_versions: '>=3.7.0 <4.17.19', cwe: ['CWE-770', 'CWE-1321'], cvss: { score: 7.4, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' } },
    { id: 1002, url: 'https://github.com/advisories/GHSA-35jh-r3h4-6jhm', title: 'Command Injection in lodash', severity: 'high', vulnerable_versions: '<4.17.21', cwe: ['CWE-77', 'CWE-94'], cvss: { score: 7.2, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' } },
    { id: 1003, url: 'https://github.com/advisories/GHSA-29mw-wpgm-hmr9', title: 'Regular Expression Denial of Service (ReDoS) in lodash', severity: 'moderate', vulnerable_versions: '<4.17.21', cwe: ['CWE-400', 'CWE-1333'], cvss: { score: 5.3, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' } }
  ],
  minimist: [
    { id: 1004, url: 'https://github.com/advisories/GHSA-vh95-rmgr-6w4m', title: 'Prototype Pollution in minimist', severity: 'moderate', vulnerable_versions: '<0.2.1', cwe: ['CWE-1321'], cvss: { score: 5.6, vectorString: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L' } },
    { id: 1005, url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h', title: 'Prototype Pollution in minimist', severity: 'critical', vulnerable_versions: '<0.2.4', cwe: ['CWE-1321'], cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' } }
  ],
  'ansi-regex': [
    { id: 1006, url: 'https://github.com/advisories/GHSA-93q8-gq69-wqmw', title: 'Inefficient Regular Expression Complexity in chalk/ansi-regex', severity: 'high', vulnerable_versions: '>=3.0.0 <3.0.1', cwe: ['CWE-697', 'CWE-1333'], cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' } }
  ],
  'is-low': [
    { id: 1007, url: 'https://github.com/advisories/GHSA-0000-low0-demo', title: 'Low demo', severity: 'low', vulnerable_versions: '*', cwe: [], cvss: { score: 0, vectorString: null } }
  ]
}

const server = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url.endsWith('/-/npm/v1/security/advisories/bulk')) {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      let body = Buffer.concat(chunks)
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body)
      const asked = JSON.parse(body.toString('utf8'))
      console.error('bulk asked for', Object.keys(asked).join(', '))
      const out = {}
      for (const name of Object.keys(asked)) if (ADVISORIES[name]) out[name] = ADVISORIES[name]
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(out))
    })
    return
  }
  const upstream = https.request(
    { host: 'registry.npmjs.org', path: req.url, method: req.method, headers: { accept: req.headers.accept ?? 'application/json', 'user-agent': req.headers['user-agent'] ?? 'npm' } },
    (up) => {
      const headers = { ...up.headers }
      res.writeHead(up.statusCode, headers)
      up.pipe(res)
    }
  )
  upstream.on('error', (e) => { res.writeHead(502); res.end(String(e)) })
  req.pipe(upstream)
})
server.listen(Number(process.env.PORT ?? 48731), '127.0.0.1', () => console.error('listening'))
