#include <check.h>
#include <stdlib.h>
START_TEST(passes) { ck_assert_int_eq(1, 1); } END_TEST
START_TEST(fails) { ck_assert_int_eq(1, 2); } END_TEST
START_TEST(crashes) { int *p = NULL; *p = 1; } END_TEST
int main(void) {
  Suite *s = suite_create("outcomes");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, passes); tcase_add_test(tc, fails); tcase_add_test(tc, crashes);
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_set_xml(sr, "check.xml");
  srunner_run_all(sr, CK_NORMAL);
  int nf = srunner_ntests_failed(sr);
  srunner_free(sr);
  return nf == 0 ? 0 : 1;
}
