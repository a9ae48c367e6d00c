package org.childrenstrust.commissioning.grants.abg;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A financial year such as "2010/11": 1 April 2010 to 31 March 2011. */
public record FinancialYearLabel(int startYear) {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  public static FinancialYearLabel parse(String label) {
    Matcher m = label == null ? null : LABEL.matcher(label.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("A financial year is written like 2010/11, not '" + label + "'.");
    }
    int start = Integer.parseInt(m.group(1));
    if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new IllegalArgumentException("A financial year runs over two consecutive years, like 2010/11, not '" + label + "'.");
    }
    return new FinancialYearLabel(start);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /** The last day of quarter 1 to 4 (30 June, 30 September, 31 December, 31 March). */
  public LocalDate quarterEnd(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter + ".");
    }
    return firstDay().plusMonths(3L * quarter).minusDays(1);
  }

  @Override
  public String toString() {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }
}
