export function f0() {
  return 0
}
export function f1() {
  return 1
}
export function f2() {
  return 2
}
export function f3() {
  return 3
}
export function f4() {
  return 4
}
export function f5() {
  return 5
}
export function f6() {
  return 6
}
export function f7() {
  return 7
}
export function f8() {
  return 8
}
export function f9() {
  return 9
}
export function f10() {
  return 10
}
export function f11() {
  return 11
}
export function f12() {
  return 12
}
export function f13() {
  return 13
}
export function f14() {
  return 14
}
export function f15() {
  return 15
}
export function f16() {
  return 16
}
export function f17() {
  return 17
}
export function f18() {
  return 18
}
export function f19() {
  return 19
}
export function f20() {
  return 20
}
export function f21() {
  return 21
}
export function f22() {
  return 22
}
export function f23() {
  return 23
}
export function f24() {
  return 24
}
export function f25() {
  return 25
}
export function f26() {
  return 26
}
export function f27() {
  return 27
}
export function f28() {
  return 28
}
export function f29() {
  return 29
}
export function f30() {
  return 30
}
export function f31() {
  return 31
}
export function f32() {
  return 32
}
export function f33() {
  return 33
}
export function f34() {
  return 34
}
export function f35() {
  return 35
}
export function f36() {
  return 36
}
export function f37() {
  return 37
}
export function f38() {
  return 38
}
export function f39() {
  return 39
}
export function f40() {
  return 40
}
export function f41() {
  return 41
}
export function f42() {
  return 42
}
export function f43() {
  return 43
}
export function f44() {
  return 44
}
export function f45() {
  return 45
}
export function f46() {
  return 46
}
export function f47() {
  return 47
}
export function f48() {
  return 48
}
export function f49() {
  return 49
}
export function f50() {
  return 50
}
export function f51() {
  return 51
}
export function f52() {
  return 52
}
export function f53() {
  return 53
}
export function f54() {
  return 54
}
export function f55() {
  return 55
}
export function f56() {
  return 56
}
export function f57() {
  return 57
}
export function f58() {
  return 58
}
export function f59() {
  return 59
}
export function f60() {
  return 60
}
export function f61() {
  return 61
}
export function f62() {
  return 62
}
export function f63() {
  return 63
}
export function f64() {
  return 64
}
