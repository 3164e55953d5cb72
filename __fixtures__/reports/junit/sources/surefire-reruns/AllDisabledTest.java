package demo;
import org.junit.jupiter.api.*;
@Disabled("whole class")
class AllDisabledTest {
  @Test void a() { }
  @Test void b() { }
}
