package org.pmdc.hub.translation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.canonical.CanonicalSchemas;
import org.pmdc.hub.canonical.RecordType;

class TranslatedRowSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TranslatedRowSchemas SCHEMAS = new TranslatedRowSchemas(new CanonicalSchemas(JSON));

  @Test
  void aRowWithItsHeaderAndLineFieldsConforms() {
    assertThat(SCHEMAS.violations(RecordType.CAPITAL_CALL, 2, capitalCallRow())).isEmpty();
  }

  @Test
  void anAmountAsAJsonNumberIsRefusedOnItsField() {
    ObjectNode row = capitalCallRow().put("investments", 600000.10);

    List<RowError> errors = SCHEMAS.violations(RecordType.CAPITAL_CALL, 7, row);

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.row()).isEqualTo(7);
      assertThat(error.field()).isEqualTo("investments");
      assertThat(error.value()).isEqualTo("600000.1");
      assertThat(error.message()).startsWith("the translation service's record breaks the canonical schema").contains("string");
    });
  }

  @Test
  void aMissingRequiredFieldAnUnknownFieldAndANegativeAmountAreEachNamed() {
    ObjectNode row = capitalCallRow().put("investments", "-5.00").put("lpCode", "LP-1");
    row.remove("investorId");

    assertThat(SCHEMAS.violations(RecordType.CAPITAL_CALL, 3, row)).extracting(RowError::field)
        .containsExactlyInAnyOrder("investorId", "lpCode", "investments");
  }

  @Test
  void aReportRowIsCheckedAgainstItsOwnType() {
    ObjectNode metrics = JSON.createObjectNode().put("investments", "1.00");

    assertThat(SCHEMAS.violations(RecordType.COMPANY_QUARTERLY_METRICS, 2, metrics)).extracting(RowError::field)
        .contains("investments");
  }

  private static ObjectNode capitalCallRow() {
    return JSON.createObjectNode().put("fundId", "GF-III").put("noticeReference", "MC-7").put("noticeDate", "2026-11-20")
        .put("dueDate", "2026-12-04").put("currency", "USD").put("totalAmount", "600000.00")
        .put("investorId", "LP-0001").put("investments", "600000.00");
  }
}
