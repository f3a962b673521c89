package org.pmdc.hub.translation;

import java.util.Map;

/**
 * One row of a publisher's input as text: CSV line number (the header is line 1) or JSON array
 * position (from 1), and the values by column.
 */
public record SourceRow(int number, Map<String, String> values) {}
