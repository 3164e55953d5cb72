import unittest

class T(unittest.TestCase):
    def test_pass(self):
        pass
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise RuntimeError("boom")
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

class SetUpClassBroken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("setUpClass broke")
    def test_never(self):
        pass
