import pytest


@pytest.fixture
def resource():
    yield "r"
    raise RuntimeError("teardown failed to release resource")


def test_fails_and_teardown_errors(resource):
    assert resource == "s"


def test_passes_but_teardown_errors(resource, record_property):
    record_property("ticket", "SHOP-7")
    print("some captured stdout")
    assert resource == "r"
