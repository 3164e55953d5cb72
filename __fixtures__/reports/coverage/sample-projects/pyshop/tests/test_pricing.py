import sys

import pytest

from shop.pricing import discount, tax


@pytest.mark.parametrize("code,expected", [("HALF", 50), ("TENOFF", 90), ("FREE", 0), ("NONE", 100)])
def test_discount(code, expected):
    assert discount(100, code) == expected


def test_tax():
    assert tax(10) == 2.0


@pytest.mark.skipif(sys.platform != "win32", reason="windows only")
def test_windows_paths():
    pass


def test_tax_negative():
    assert tax(10, -1) == 0
