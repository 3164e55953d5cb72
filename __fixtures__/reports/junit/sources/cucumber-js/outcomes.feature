Feature: Outcomes
  Scenario: passes
    Given a number 1
    Then it equals 1

  Scenario: fails
    Given a number 1
    Then it equals 2

  Scenario: undefined step
    Given a number 1
    Then something nobody wrote

  Scenario: pending step
    Given a number 1
    Then it is pending

  Scenario: ambiguous step
    Given a number 1
    Then it is ambiguous

  @skipme
  Scenario: skipped by hook
    Given a number 1

  Scenario Outline: outline <n>
    Given a number <n>
    Then it equals 3
    Examples:
      | n |
      | 3 |
      | 4 |

  Scenario: flaky
    Given a flaky step
