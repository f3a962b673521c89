package org.pmdc.hub.translation;

import java.io.IOException;
import java.io.InputStream;

/**
 * Input bytes that can be read more than once, each time from the start: a stored submission or
 * an upload being previewed. A JSON object is read twice (its notice fields, then its rows); a
 * mapping is recognised from the first rows before the whole input is read.
 */
@FunctionalInterface
public interface Content {

  InputStream open() throws IOException;
}
