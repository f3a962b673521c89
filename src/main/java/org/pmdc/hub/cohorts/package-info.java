/**
 * Revenue-share investments (seed 002's customer value fund): a fund finances a company's customer
 * acquisition per cohort month and collects a share of those customers' payments, up to a cash
 * cap. The trades, spends, thresholds, customers and payments, and the cohort cashflows, cohort
 * table and IRR computed from them.
 */
package org.pmdc.hub.cohorts;
