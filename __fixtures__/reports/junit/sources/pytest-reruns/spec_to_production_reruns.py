# spec-to-production: records pytest-rerunfailures reruns in the JUnit XML (properties reruns, retryReason1...).
import pytest

RERUNS = dict()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_logreport(report):
    if report.outcome == "rerun":
        crash = getattr(report.longrepr, "reprcrash", None)
        text = str(getattr(crash, "message", None) or report.longrepr or "").strip()
        RERUNS.setdefault(report.nodeid, []).append(text.splitlines()[0][:500] if text else "")
    elif report.when == "teardown" and report.nodeid in RERUNS:
        reasons = RERUNS.pop(report.nodeid)
        report.user_properties.append(("reruns", str(len(reasons))))
        for i, reason in enumerate(reasons[:5]):
            report.user_properties.append(("retryReason" + str(i + 1), reason))
