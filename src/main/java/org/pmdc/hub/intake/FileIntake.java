package org.pmdc.hub.intake;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.FileConstants;
import org.apache.camel.component.file.GenericFile;
import org.pmdc.hub.api.RowError;
import org.pmdc.hub.translation.MappingRegistry;
import org.springframework.stereotype.Component;

/**
 * The Java half of the file intake routes ({@code file-intake.camel.yaml}, drop folder and SFTP):
 * which publisher a dropped file belongs to, the submission row to store, and the reason a file
 * cannot be taken in at all.
 */
@Component("fileIntake")
public class FileIntake {

  private final IntakeSettings settings;
  private final MappingRegistry mappings;

  FileIntake(IntakeSettings settings, MappingRegistry mappings) {
    this.settings = settings;
    this.mappings = mappings;
  }

  /** The drop folder's publisher code: the name of the folder the file was dropped in. */
  public String folderName(String parentFolder) {
    return Path.of(parentFolder).getFileName().toString();
  }

  /** The name the file is archived under in {@code .done/<date>/}, beside any earlier file of that name. */
  public String archivedName(String fileName, long archivedBefore) {
    return FileNames.numbered(fileName, archivedBefore);
  }

  /**
   * Why the file cannot become a submission, or null when it can: no active publisher for the
   * folder, a file type no mapping reads, an empty or too large file. The errors go to the report.
   */
  public List<RowError> refusal(Map<String, Object> publisher, String publisherCode, String fileName, long size) {
    if (publisher == null || !"active".equals(publisher.get("status"))) {
      return refuse("folder", publisherCode, "no active publisher has this code; files are dropped in <root>/<publisher code>/");
    }
    if (FileTypes.contentTypeOf(fileName).filter(mappings::acceptsContentType).isEmpty()) {
      return refuse("file", fileName, "unsupported file type; the hub reads " + FileTypes.known());
    }
    if (size == 0) {
      return refuse("file", fileName, "the file is empty (0 bytes)");
    }
    if (size > settings.maxFileSize().toBytes()) {
      return refuse("file", fileName, "the file has " + size + " bytes; the limit is " + settings.maxFileSize());
    }
    return null;
  }

  private static List<RowError> refuse(String field, String value, String message) {
    return List.of(RowError.ofNotice(field, value, message));
  }

  /** The parameters of {@code sql/intake/insert-submission.sql} for the file. */
  public Map<String, Object> submissionRow(
      Exchange exchange, Map<String, Object> publisher, String publisherCode, String channel) {
    Message message = exchange.getMessage();
    String fileName = FileNames.withoutPath(message.getHeader(Exchange.FILE_NAME_ONLY, String.class));
    return NewSubmission.row(((Number) publisher.get("id")).longValue(), publisherCode, channel,
        FileTypes.contentTypeOf(fileName).orElseThrow(), fileName, null, null, rawInput(message));
  }

  /** The file on local disk (an SFTP file is downloaded to the work directory first), read as a stream. */
  private static RawInput rawInput(Message message) {
    String downloaded = message.getHeader(FileConstants.FILE_LOCAL_WORK_PATH, String.class);
    return RawInput.of(downloaded != null
        ? Path.of(downloaded)
        : ((File) message.getBody(GenericFile.class).getFile()).toPath());
  }
}
