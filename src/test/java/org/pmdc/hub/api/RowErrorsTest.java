package org.pmdc.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowErrorsTest {

  @Test
  void theRecordsOfOneFileKeepNoMoreErrorsBetweenThemThanTheirBudgetButCountThemAll() {
    RowErrors.Budget budget = new RowErrors.Budget(3);
    RowErrors first = new RowErrors(budget);
    RowErrors second = new RowErrors(budget);

    first.add(new RowError(2, "Capital", "x", "not a decimal amount"));
    first.add(new RowError(3, "Capital", "y", "not a decimal amount"));
    second.add(new RowError(4, "Capital", "z", "not a decimal amount"));
    second.add(new RowError(5, "Capital", "w", "not a decimal amount"));

    assertThat(first.kept()).extracting(RowError::row).containsExactly(2, 3);
    assertThat(second.kept()).extracting(RowError::row).containsExactly(4);
    assertThat(first.count() + second.count()).isEqualTo(4);
  }

  @Test
  void aSubmissionOfItsOwnKeepsTheFirstThousand() {
    RowErrors errors = new RowErrors();

    for (int row = 2; row < 2 + RowErrors.KEPT + 5; row++) {
      errors.add(new RowError(row, "Capital", "x", "not a decimal amount"));
    }

    assertThat(errors.kept()).hasSize(RowErrors.KEPT);
    assertThat(errors.count()).isEqualTo(RowErrors.KEPT + 5);
  }
}
