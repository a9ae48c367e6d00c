package org.childrenstrust.commissioning.grants.prg;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A round's submission deadline: a working day in England and Wales, said out loud when it is not. */
final class SubmissionDeadline {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private SubmissionDeadline() {}

  /** The deadline, or a refusal naming the previous working day if it falls on a weekend or bank holiday. */
  static LocalDate require(LocalDate deadline, WorkingDays workingDays) {
    if (deadline == null) {
      throw new BusinessRuleViolation("Give the submission deadline, a date such as 2009-05-22.");
    }
    if (!workingDays.isWorkingDay(deadline)) {
      String why = workingDays.isBankHoliday(deadline) ? "a bank holiday" : "not a working day";
      throw new BusinessRuleViolation("The deadline " + spoken(deadline) + " is " + why
          + "; the previous working day is " + spoken(previousWorkingDay(deadline, workingDays)) + ".");
    }
    return deadline;
  }

  static LocalDate previousWorkingDay(LocalDate date, WorkingDays workingDays) {
    return workingDays.minusWorkingDays(date, 1);
  }

  static String spoken(LocalDate date) {
    return date.format(DAY);
  }
}
