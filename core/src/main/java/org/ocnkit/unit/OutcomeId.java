package org.ocnkit.unit;

/** The number of a learning outcome within its unit: 1, 2, 3 ... */
public record OutcomeId(int number) implements Comparable<OutcomeId> {
  public OutcomeId {
    if (number < 1) {
      throw new IllegalArgumentException("outcome number must be 1 or more, got " + number);
    }
  }

  @Override
  public int compareTo(OutcomeId other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
