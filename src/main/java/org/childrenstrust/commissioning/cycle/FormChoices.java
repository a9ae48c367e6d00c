package org.childrenstrust.commissioning.cycle;

import java.time.LocalDate;
import org.childrenstrust.commissioning.platform.process.FormData;

/** Reading a form's choices and dates: the platform's readers, in one place for this feature. */
final class FormChoices {

  private FormChoices() {}

  static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
    return FormData.choice(type, value == null ? null : value.replace('-', '_'), what);
  }

  static LocalDate date(String value, String what) {
    return FormData.date(value, what);
  }
}
