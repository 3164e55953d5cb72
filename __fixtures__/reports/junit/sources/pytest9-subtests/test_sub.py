import unittest
import pytest

def test_subtests_fixture(subtests):
    for i in range(3):
        with subtests.test(msg="check", i=i):
            assert i != 1

def test_subtests_all_pass(subtests):
    for i in range(2):
        with subtests.test(i=i):
            assert True

def test_subtest_skip(subtests):
    with subtests.test(msg="skips"):
        pytest.skip("nope")
    assert True

class TestUnit(unittest.TestCase):
    def test_unittest_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)

def test_plain_pass():
    pass
