package org.pmdc.hub.canonical;

import java.util.List;

/**
 * An arithmetic identity a line must meet when the publisher gives its result: the result equals
 * the signed sum of the components (absent components count as zero). A capital account's ending
 * NAV rolls forward from its beginning NAV this way.
 */
public record Balance(String result, List<AmountComponent> components) {}
