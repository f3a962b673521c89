package org.pmdc.hub.canonical;

import java.math.BigDecimal;
import java.util.Map;

/** An allocation that passed validation, with its amount derived from its components. */
public record ValidatedAllocation(
    int row,
    String investorId,
    String investorName,
    Map<String, BigDecimal> components,
    BigDecimal amount,
    BigDecimal commitment,
    BigDecimal unfundedAfter) {}
