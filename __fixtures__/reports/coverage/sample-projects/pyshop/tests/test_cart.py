import pytest

from shop.cart import Cart


def test_add_and_total():
    c = Cart()
    c.add("apple", 2, 3)
    assert c.total() == 6


def test_add_twice():
    c = Cart()
    c.add("apple", 2)
    c.add("apple", 2)
    assert c.count() == 2


def test_remove_missing():
    c = Cart()
    with pytest.raises(KeyError):
        c.remove("nope")


def test_count_wrong():
    c = Cart()
    c.add("pear", 1, 2)
    assert c.count() == 3, "count should include every unit"


def test_uses_db(broken_fixture):
    assert broken_fixture


class TestCartEdge:
    def test_bad_qty(self):
        with pytest.raises(ValueError):
            Cart().add("x", 1, 0)

    @pytest.mark.skip(reason="discounts not wired to cart yet")
    def test_cart_discount(self):
        pass

    @pytest.mark.xfail(reason="rounding bug #12")
    def test_rounding(self):
        c = Cart()
        c.add("x", 0.1, 3)
        assert c.total() == 0.3

    @pytest.mark.xfail(reason="expected to fail but passes")
    def test_xpass(self):
        assert Cart().total() == 0
