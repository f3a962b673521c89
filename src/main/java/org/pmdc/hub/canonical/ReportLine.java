package org.pmdc.hub.canonical;

/**
 * One valid line of a report (a statement's investor, a schedule's position, a company's
 * quarter): its source row, its key (unique in the record) and its canonical JSON.
 */
public record ReportLine(int row, String key, String json) {}
