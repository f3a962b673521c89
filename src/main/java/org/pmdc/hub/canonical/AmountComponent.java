package org.pmdc.hub.canonical;

/**
 * A component of a notice's amount (a capital call purpose, a distribution component) and how it
 * counts toward an allocation's amount: added, subtracted (withholding tax) or reported alongside
 * without changing it (the recallable part of a distribution).
 *
 * @param name the allocation field; the notice total is {@code total} + the capitalised name
 * @param sign +1, -1 or 0
 */
public record AmountComponent(String name, int sign) {

  public String totalField() {
    return "total" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
