package org.pmdc.hub.canonical;

import java.util.Iterator;
import java.util.List;
import org.pmdc.hub.api.RowErrors;

/**
 * The records translated from one input. A file whose mapping does not group its rows (or that
 * could not be read at all) is one record, checked and stored as before; a grouped file (a
 * fund administrator's ledger) holds one draft per record found, in the order the file first names
 * them, each checked and stored on its own.
 *
 * @param fileWarnings what concerns the file rather than one of its records (a column no rule
 *     reads), for the submission; a one-record draft holds them itself
 */
public record RecordDrafts(List<RecordDraft> records, boolean grouped, RowErrors fileWarnings) {

  public static RecordDrafts one(RecordDraft draft) {
    return new RecordDrafts(List.of(draft), false, new RowErrors());
  }

  /** The draft of a one-record input. */
  public RecordDraft only() {
    if (grouped) {
      throw new IllegalStateException("a grouped file holds " + records.size() + " records");
    }
    return records.get(0);
  }

  /** The records in file order, one at a time, for the route that stores them. */
  public Iterator<RecordDraft> iterator() {
    return records.iterator();
  }

  /** Rows read over all records. */
  public long rowCount() {
    return records.stream().mapToLong(draft -> draft.lines().rows()).sum();
  }
}
