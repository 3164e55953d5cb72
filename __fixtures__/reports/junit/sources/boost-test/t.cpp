#define BOOST_TEST_MODULE outcomes
#include <boost/test/included/unit_test.hpp>
#include <stdexcept>
BOOST_AUTO_TEST_CASE(passes) { BOOST_TEST(1 + 1 == 2); }
BOOST_AUTO_TEST_CASE(fails) { BOOST_TEST(1 == 2); }
BOOST_AUTO_TEST_CASE(two_checks) { BOOST_CHECK_EQUAL(3, 4); BOOST_CHECK(false); }
BOOST_AUTO_TEST_CASE(throws) { throw std::runtime_error("boom"); }
BOOST_AUTO_TEST_CASE(disabled, * boost::unit_test::disabled()) { BOOST_TEST(false); }
BOOST_AUTO_TEST_CASE(expected_failures_met, * boost::unit_test::expected_failures(1)) { BOOST_TEST(false); }
BOOST_AUTO_TEST_CASE(require_fails) { BOOST_REQUIRE(false); BOOST_TEST(true); }
BOOST_AUTO_TEST_SUITE(inner)
BOOST_AUTO_TEST_CASE(inner_passes) { BOOST_TEST(true); }
BOOST_AUTO_TEST_CASE(inner_fails) { BOOST_TEST_MESSAGE("hi"); BOOST_ERROR("explicit error"); }
BOOST_AUTO_TEST_SUITE_END()
