#include <cppunit/extensions/HelperMacros.h>
#include <cppunit/extensions/TestFactoryRegistry.h>
#include <cppunit/ui/text/TestRunner.h>
#include <cppunit/XmlOutputter.h>
#include <fstream>
#include <stdexcept>
class T : public CppUnit::TestFixture {
  CPPUNIT_TEST_SUITE(T);
  CPPUNIT_TEST(passes); CPPUNIT_TEST(fails); CPPUNIT_TEST(throws);
  CPPUNIT_TEST_SUITE_END();
public:
  void passes() { CPPUNIT_ASSERT(true); }
  void fails() { CPPUNIT_ASSERT_EQUAL(1, 2); }
  void throws() { throw std::runtime_error("boom"); }
};
CPPUNIT_TEST_SUITE_REGISTRATION(T);
int main() {
  CppUnit::TextUi::TestRunner runner;
  runner.addTest(CppUnit::TestFactoryRegistry::getRegistry().makeTest());
  std::ofstream out("cppunit.xml");
  runner.setOutputter(new CppUnit::XmlOutputter(&runner.result(), out));
  bool ok = runner.run();
  return ok ? 0 : 1;
}
