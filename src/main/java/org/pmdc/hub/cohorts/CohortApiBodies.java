package org.pmdc.hub.cohorts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the cohorts API takes and answers ({@code routes/cohorts-api.camel.yaml}), as the OpenAPI
 * document describes it; {@code R__cohort_documents.sql} and {@link CohortAnalytics} build the
 * bodies. Amounts and fractions are exact decimals as text (0.5 is 50 %); months are {@code YYYY-MM}.
 */
public final class CohortApiBodies {

  private CohortApiBodies() {}

  @Schema(description = "where a row came from: a submission's source row, or the API caller who set it",
      requiredProperties = {"updatedBy", "updatedAt"})
  public record Source(UUID submission, Integer sourceRow, String updatedBy, OffsetDateTime updatedAt) {}

  @Schema(requiredProperties = {"cohortMonth", "sharingPercentage", "cashCap"})
  public record NewTrade(@Schema(description = "2025-01, or its first day 2025-01-01") String cohortMonth,
      @Schema(description = "the share of the cohort's payments the fund collects, 0 to 1") String sharingPercentage,
      @Schema(description = "the most the fund collects from the cohort, in the company's currency") String cashCap) {}

  @Schema(requiredProperties = {"cohortMonth", "sharingPercentage", "cashCap", "source"})
  public record Trade(String cohortMonth, String sharingPercentage, String cashCap, Source source) {}

  @Schema(requiredProperties = {"spend"})
  public record NewSpend(@Schema(description = "required on a create; on an update the path's (or absent)") String cohortMonth, String spend) {}

  @Schema(requiredProperties = {"cohortMonth", "spend", "source"})
  public record Spend(String cohortMonth, String spend, Source source) {}

  @Schema(requiredProperties = {"minimumPaymentPercent"})
  public record NewThreshold(@Schema(description = "the period number, 0 for the cohort month: required on a create;"
      + " on an update the path's (or absent)")
      Integer paymentPeriodMonth,
      @Schema(description = "the least the period's payments must be, as a fraction of the spend, 0 to 1")
      String minimumPaymentPercent) {}

  @Schema(requiredProperties = {"paymentPeriodMonth", "minimumPaymentPercent", "source"})
  public record Threshold(int paymentPeriodMonth, String minimumPaymentPercent, Source source) {}

  @Schema(requiredProperties = {"customerId", "paymentDate", "cohortMonth", "amount"})
  public record NewPayment(@Schema(description = "the payment's id in the company's records: required on a create;"
      + " on an update the path's (or absent)")
      String paymentId, String customerId, LocalDate paymentDate,
      @Schema(description = "the month the customer was acquired in; the payment is not before it") String cohortMonth,
      String amount) {}

  @Schema(requiredProperties = {"paymentId", "customerId", "paymentDate", "cohortMonth", "amount", "source"})
  public record Payment(String paymentId, String customerId, LocalDate paymentDate, String cohortMonth, String amount,
      Source source) {}

  @Schema(requiredProperties = {"items"})
  public record PaymentPage(List<Payment> items,
      @Schema(description = "pass as cursor for the next page; null on the last") String nextCursor) {}

  @Schema(requiredProperties = {"churn"})
  public record ChurnRequest(@Schema(description = "the monthly churn rate, 0 to 1") String churn) {}

  @Schema(description = "the cohorts of a company, oldest first (docs/metrics.md gives the rules)",
      requiredProperties = {"cohorts"})
  public record Cashflows(@Schema(description = "the churn the predicted periods use; null for actual periods only")
      String churn, List<CashflowCohort> cohorts) {}

  @Schema(requiredProperties = {"cohortMonth", "funded", "cumulativePayment", "periods"})
  public record CashflowCohort(String cohortMonth, boolean funded,
      @Schema(description = "null when no spend is known for the month") String spend, CohortTerms trade,
      String cumulativePayment, @Schema(description = "funded cohorts") String cumulativeCollected,
      @Schema(description = "funded cohorts: the cash cap is reached") Boolean capped,
      @Schema(description = "why a cohort with a trade is not computed as funded") String note, CohortIrr irr,
      List<CashflowPeriod> periods) {}

  @Schema(requiredProperties = {"sharingPercentage", "cashCap"})
  public record CohortTerms(String sharingPercentage, String cashCap) {}

  @Schema(description = "the monthly IRR of −spend and the collections, annualised as (1 + monthly)^12 − 1",
      requiredProperties = {"months", "roots"})
  public record CohortIrr(@Schema(description = "null under 12 months or when not defined, see notAvailable")
      String annualized, String monthly, String periodReturn, long months, List<String> roots, String notAvailable) {}

  @Schema(requiredProperties = {"period", "month", "predicted", "payment", "paymentCount", "cumulativePayment"})
  public record CashflowPeriod(int period, String month, boolean predicted, String payment, long paymentCount,
      String cumulativePayment, String paymentPercentOfSpend,
      @Schema(description = "where the payments behind an actual period are listed") String payments,
      String thresholdMinimum, String thresholdExpectedPayment, Boolean thresholdFailed, String shareApplied,
      String collected, String cumulativeCollected, Boolean capped) {}

  @Schema(description = "the cohort × period matrix of the actual periods", requiredProperties = {"periods", "cohorts"})
  public record CohortTable(@Schema(description = "the most periods a cohort has") int periods, List<CohortTableRow> cohorts) {}

  @Schema(requiredProperties = {"cohortMonth", "funded", "cells"})
  public record CohortTableRow(String cohortMonth, String spend, boolean funded, List<CohortTableCell> cells) {}

  @Schema(requiredProperties = {"period", "month", "payment", "cumulativePayment"})
  public record CohortTableCell(int period, @Schema(description = "the calendar month paid in, 2025-03") String month,
      String payment, String cumulativePayment, String cumulativePercentOfSpend,
      String collected, String cumulativeCollected) {}
}
