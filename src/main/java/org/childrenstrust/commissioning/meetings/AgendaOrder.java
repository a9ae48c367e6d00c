package org.childrenstrust.commissioning.meetings;

import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.Meeting;

/** Agenda numbering: items in running order, any other business last. */
final class AgendaOrder {

  private AgendaOrder() {}

  static void keepAnyOtherBusinessLast(Meeting meeting) {
    List<AgendaItem> ordered = new ArrayList<>(meeting.orderedItems());
    ordered.sort((a, b) -> Boolean.compare(a.getKind() == ItemKind.ANY_OTHER_BUSINESS,
        b.getKind() == ItemKind.ANY_OTHER_BUSINESS));
    renumber(ordered);
  }

  static void renumber(List<AgendaItem> ordered) {
    int number = 1;
    for (AgendaItem item : ordered) {
      item.setNumber(number++);
    }
  }
}
