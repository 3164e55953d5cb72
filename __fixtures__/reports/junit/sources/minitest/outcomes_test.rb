require 'minitest/autorun'
require 'minitest/reporters'
Minitest::Reporters.use! [Minitest::Reporters::JUnitReporter.new('reports'), Minitest::Reporters::DefaultReporter.new]
class OutcomesTest < Minitest::Test
  def test_passes; assert_equal 2, 1 + 1; end
  def test_fails; assert_equal 1, 2, "never equal"; end
  def test_errors; raise ArgumentError, "boom"; end
  def test_skipped; skip "not today"; end
  def test_name_with_amp_and_lt; assert true; end
end
describe "Spec style" do
  it "passes" do _(1).must_equal 1 end
  it "fails" do _(1).must_equal 2 end
end
