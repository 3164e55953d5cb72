import pytest

@pytest.fixture
def broken_setup():
    raise RuntimeError("setup broke")

@pytest.fixture
def broken_teardown():
    yield
    raise RuntimeError("teardown broke")

def test_pass():
    pass

@pytest.mark.skip(reason="not now")
def test_skip():
    pass

def test_skip_inside():
    pytest.skip("skipped at run time")

@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False

@pytest.mark.xfail(reason="known bug, fixed?")
def test_xpass_nonstrict():
    pass

@pytest.mark.xfail(reason="must fail", strict=True)
def test_xpass_strict():
    pass

def test_xfail_imperative():
    pytest.xfail("imperative xfail")

def test_setup_error(broken_setup):
    pass

def test_teardown_error(broken_teardown):
    pass

def test_fails():
    assert 1 == 2
