# pytest --reruns 2: up to 3 runs. A counter file beside the test makes a test fail until its nth run.
import pathlib

HERE = pathlib.Path(__file__).parent


def run(name):
    counter = HERE / ("counter." + name)
    runs = int(counter.read_text()) + 1 if counter.exists() else 1
    counter.write_text(str(runs))
    return runs


def test_passes():
    assert True


def test_second_run():
    assert run("second") == 2, "fails on its first run"


def test_third_run():
    assert run("third") == 3, "fails until its third run"


def test_always_fails():
    assert run("always") == 0, "never passes"


def test_property(record_property):
    record_property("reruns", "a property of its own")
