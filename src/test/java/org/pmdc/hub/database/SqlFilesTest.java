package org.pmdc.hub.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlFilesTest {

  @Test
  void camelParametersBecomeSpringsAndCastsStay() {
    assertThat(SqlFiles.toSpring("x.sql", "SELECT :#id::text, CAST(:#secretHash AS text) WHERE a = ':#'"))
        .isEqualTo("SELECT :id::text, CAST(:secretHash AS text) WHERE a = ':#'");
  }

  @Test
  void aStatementThatReadsTheExchangeIsRefusedWithItsPath() {
    assertThatThrownBy(() -> SqlFiles.toSpring("lp/feed.sql", "SELECT :#${header.after}"))
        .hasMessageContaining("sql/lp/feed.sql").hasMessageContaining("only a route");
  }
}
