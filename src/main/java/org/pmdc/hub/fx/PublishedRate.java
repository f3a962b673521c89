package org.pmdc.hub.fx;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One reference rate as its source published it: units of {@code quote} per one {@code base}. */
public record PublishedRate(LocalDate date, String base, String quote, BigDecimal rate) {}
