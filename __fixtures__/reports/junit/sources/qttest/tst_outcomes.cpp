#include <QtTest/QtTest>
class Outcomes : public QObject {
  Q_OBJECT
private slots:
  void passes() { QCOMPARE(1 + 1, 2); }
  void fails() { QCOMPARE(1, 2); }
  void verifyFails() { QVERIFY2(false, "explicit reason"); }
  void skips() { QSKIP("not today"); }
  void expectedFail() { QEXPECT_FAIL("", "known bug", Continue); QCOMPARE(1, 2); }
  void unexpectedPass() { QEXPECT_FAIL("", "known bug", Continue); QCOMPARE(1, 1); }
  void data_data() { QTest::addColumn<int>("n"); QTest::newRow("one") << 1; QTest::newRow("minus") << -1; }
  void data() { QFETCH(int, n); QVERIFY(n > 0); }
  void warns() { qWarning("a warning"); }
};
QTEST_APPLESS_MAIN(Outcomes)
#include "tst_outcomes.moc"
