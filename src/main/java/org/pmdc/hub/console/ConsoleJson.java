package org.pmdc.hub.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** JSON as the pages show it: a canonical record indented, an audit step's detail on one line. Public for the templates. */
@Component("consoleJson")
public class ConsoleJson {

  private final ObjectMapper json;

  ConsoleJson(ObjectMapper json) {
    this.json = json;
  }

  public String pretty(Object document) throws JsonProcessingException {
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  /** On one line, for a table cell. */
  public String compact(Object document) throws JsonProcessingException {
    return json.writeValueAsString(document);
  }
}
