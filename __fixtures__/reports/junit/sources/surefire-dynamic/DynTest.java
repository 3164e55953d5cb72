package demo;
import static org.junit.jupiter.api.Assertions.*;
import java.util.stream.Stream;
import org.junit.jupiter.api.*;
class DynTest {
  @TestFactory Stream<DynamicTest> dynamic() {
    return Stream.of(
      DynamicTest.dynamicTest("dyn ok", () -> assertTrue(true)),
      DynamicTest.dynamicTest("dyn bad", () -> assertTrue(false, "dynamic fails")));
  }
}
