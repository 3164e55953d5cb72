#include <gtest/gtest.h>

TEST(Math, Adds) { EXPECT_EQ(2, 1 + 1); }
TEST(Math, DISABLED_Divides) { EXPECT_EQ(1, 2 / 2); }
TEST(Math, SkipsAtRunTime) { GTEST_SKIP() << "not on this platform"; }
TEST(Math, Fails) { EXPECT_EQ(3, 1 + 1) << "one plus one"; }
TEST(DISABLED_Strings, Upper) { EXPECT_TRUE(true); }
