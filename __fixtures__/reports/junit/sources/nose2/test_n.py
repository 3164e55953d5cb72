import unittest
class T(unittest.TestCase):
    def test_pass(self): pass
    def test_fail(self): self.assertEqual(1, 2)
    def test_error(self): raise RuntimeError("boom")
    @unittest.skip("nope")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self): pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)
class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError("setup broke")
    def test_a(self): pass
