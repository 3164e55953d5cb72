Feature: Outcomes
  Scenario: passes
    Given a number 1
    Then it equals 1

  Scenario: fails
    Given a number 1
    Then it equals 2

  Scenario: errors
    Given a number 1
    Then it explodes

  Scenario: undefined step
    Given a number 1
    Then something nobody wrote

  @skip
  Scenario: skipped by tag
    Given a number 1

  Scenario Outline: outline <n>
    Given a number <n>
    Then it equals 3
    Examples:
      | n |
      | 3 |
      | 4 |
