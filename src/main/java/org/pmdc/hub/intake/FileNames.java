package org.pmdc.hub.intake;

import org.pmdc.hub.api.ProblemException;

/** File names that arrive from outside (uploads, SFTP) are kept as a plain name, never a path. */
final class FileNames {

  private FileNames() {}

  /**
   * The last element of the name: {@code ../../etc/x.csv} and {@code C:\temp\x.csv} become
   * {@code x.csv}. A name that is nothing but path, or has control characters, is refused.
   */
  static String withoutPath(String name) {
    String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (base.isBlank() || base.equals(".") || base.equals("..") || base.chars().anyMatch(Character::isISOControl)
        || base.length() > 255) {
      throw ProblemException.badRequest("The file name '" + name + "' is not usable; send a plain file name.");
    }
    return base;
  }

  /**
   * The name a file is archived under when {@code earlier} files of that name were archived before
   * it in the same place: {@code call.csv}, then {@code call (2).csv}, {@code call (3).csv}.
   */
  static String numbered(String name, long earlier) {
    if (earlier == 0) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String suffix = " (" + (earlier + 1) + ")";
    return dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
  }
}
