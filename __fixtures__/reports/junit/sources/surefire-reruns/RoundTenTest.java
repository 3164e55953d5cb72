package demo;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.*;

import java.nio.file.*;
import java.util.stream.Stream;
import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Round ten")
class RoundTenTest {
  static int count(String name) {
    try {
      Path p = Paths.get("target", "count-" + name);
      int n = Files.exists(p) ? Integer.parseInt(Files.readString(p).trim()) : 0;
      Files.writeString(p, Integer.toString(n + 1));
      return n + 1;
    } catch (Exception e) { throw new RuntimeException(e); }
  }

  @Test void passes() { assertEquals(2, 1 + 1); }

  @Test void alwaysFails() { assertEquals(1, 2, "never equal"); }

  @Test void flakyFailure() { assertTrue(count("ff") > 1, "first attempt fails"); }

  @Test void flakyError() { if (count("fe") < 2) throw new IllegalStateException("first attempt throws"); }

  @Test void alwaysErrors() { throw new IllegalStateException("always throws"); }

  @Test void failsThenErrors() {
    int n = count("fte");
    if (n == 1) fail("first attempt fails");
    throw new IllegalArgumentException("later attempts throw " + n);
  }

  @Disabled("not today") @Test void disabled() { fail("never runs"); }

  @Test void assumption() { assumeTrue(false, "assumption not met"); }

  @DisplayName("a display name with <angle> & ampersand")
  @Test void displayNamed() { assertEquals("a", "b"); }

  @ParameterizedTest(name = "{index}: {0} is positive")
  @ValueSource(ints = {1, -2, 3})
  void positive(int n) { assertTrue(n > 0, n + " is not positive"); }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 3"})
  void sums(int a, int b) { assertEquals(a, b); }

  @RepeatedTest(3) void repeated(RepetitionInfo info) { assertNotEquals(2, info.getCurrentRepetition()); }

  @TestFactory Stream<DynamicTest> dynamic() {
    return Stream.of(
      DynamicTest.dynamicTest("dyn ok", () -> assertTrue(true)),
      DynamicTest.dynamicTest("dyn bad", () -> assertTrue(false, "dynamic fails")));
  }

  @Nested @DisplayName("inner block")
  class Inner {
    @Test void innerPasses() { assertTrue(true); }
    @Test void innerFails() { fail("inner failure"); }
    @Disabled @Test void innerDisabled() { }
  }
}
