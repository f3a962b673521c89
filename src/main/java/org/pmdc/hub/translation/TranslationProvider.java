package org.pmdc.hub.translation;

import org.pmdc.hub.canonical.RecordDrafts;

/**
 * What turns a layout's source rows into a canonical draft as they stream by: the local mapping
 * engine ({@link MappingEngine}, the default) or the schema-translation service ({@link
 * ServiceTranslatedRows}), as the layout's {@code translation:} section says. One instance per
 * pass over an input.
 */
sealed interface TranslationProvider extends RowHandler permits MappingEngine, ServiceTranslatedRows {

  /** The drafts once every row has been read (and, by the service, translated). */
  RecordDrafts finish();
}
