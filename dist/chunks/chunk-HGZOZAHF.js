
// src/config/python-project.ts
var TEST_EXTRAS = ["test", "tests", "testing", "dev"];
var TEST_REQUIREMENTS = [
  "requirements-dev.txt",
  "dev-requirements.txt",
  "requirements-test.txt",
  "test-requirements.txt",
  "requirements/test.txt",
  "requirements/tests.txt",
  "requirements/testing.txt",
  "requirements/dev.txt",
  "requirements/development.txt"
];
function projectInstall(probe) {
  const args = [];
  if (probe.file("requirements.txt")) args.push("-r requirements.txt");
  else if (probe.file("pyproject.toml") || probe.file("setup.py")) {
    const pyproject = probe.text("pyproject.toml") ?? "";
    const setupCfg = probe.text("setup.cfg") ?? "";
    const optional = /^\s*\[project\.optional-dependencies\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(pyproject)?.[1] ?? "";
    const extrasCfg = /^\s*\[options\.extras_require\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(setupCfg)?.[1] ?? "";
    const extra = TEST_EXTRAS.find(
      (name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, "m").test(optional) || new RegExp(`^\\s*optional-dependencies\\.["']?${name}["']?\\s*=`, "m").test(pyproject) || new RegExp(`^\\s*${name}\\s*=`, "m").test(extrasCfg)
    );
    args.push(extra ? `-e ".[${extra}]"` : "-e .");
    const groups = /^\s*\[dependency-groups\]\s*$([\s\S]*?)(?=^\s*\[|(?![\s\S]))/m.exec(pyproject)?.[1] ?? "";
    const group = TEST_EXTRAS.find((name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, "m").test(groups));
    if (group) args.push(`--group ${group}`);
  }
  const requirements = TEST_REQUIREMENTS.find((f) => probe.file(f));
  if (requirements) args.push(`-r ${requirements}`);
  return args.join(" ");
}

export {
  projectInstall
};
