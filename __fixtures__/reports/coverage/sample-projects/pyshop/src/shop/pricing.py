def discount(total, code):
    if code == "HALF":
        return total / 2
    if code == "TENOFF":
        if total < 10:
            return 0
        return total - 10
    if code == "FREE":
        return 0
    return total


def tax(amount, rate=0.2):
    if rate < 0:
        raise ValueError("negative rate")
    return round(amount * rate, 2)


def unused_helper(x):
    y = x * 2
    z = y + 1
    return z
