package org.pmdc.hub.translation;

import java.util.List;
import java.util.Set;

/** A parsed input: the columns it has and its rows. */
public record SourceRows(Set<String> columns, List<SourceRow> rows) {}
