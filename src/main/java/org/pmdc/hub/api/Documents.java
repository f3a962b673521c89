package org.pmdc.hub.api;

import org.springframework.stereotype.Component;

/** The JSON document a statement returned for one resource, or 404 when it found none. */
@Component("documents")
public class Documents {

  /**
   * @param kind what was asked for, for the message ("subscription", "delivery", "record")
   * @param id the id the caller gave
   */
  public String found(String document, String kind, String id) {
    if (document == null) {
      throw ProblemException.notFound("No " + kind + " " + id + ".");
    }
    return document;
  }
}
