#include <gtest/gtest.h>
#include <stdexcept>

static void nothing() {}
TEST(Messages, Equality) { EXPECT_EQ(3, 1 + 1); }
TEST(Messages, Truth) { bool ready = false; EXPECT_TRUE(ready); }
TEST(Messages, Throws) { throw std::runtime_error("boom"); }
TEST(Messages, ExpectsThrow) { EXPECT_THROW(nothing(), std::runtime_error); }
TEST(Messages, Passes) { EXPECT_EQ(2, 1 + 1); }
