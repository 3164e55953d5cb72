from behave import given, then
@given('a number {n:d}')
def step(context, n): context.n = n
@then('it equals {m:d}')
def eq(context, m): assert context.n == m, f"{context.n} != {m}"
@then('it explodes')
def boom(context): raise RuntimeError("boom")
