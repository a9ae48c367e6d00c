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

  /**
   * The clerk's rows in the order they asked for: a row whose Position was changed moves there (to
   * 3: it becomes the third item, before the one that was third if it moved up, after it if it
   * moved down); rows without a position keep their place in the list.
   */
  static List<FormRows.AgendaItemRow> byPosition(List<FormRows.AgendaItemRow> rows) {
    List<FormRows.AgendaItemRow> sorted = new ArrayList<>(rows);
    java.util.Map<FormRows.AgendaItemRow, Integer> key = new java.util.IdentityHashMap<>();
    for (int index = 0; index < rows.size(); index++) {
      FormRows.AgendaItemRow row = rows.get(index);
      int place = index + 1;
      int wanted = row.position() == null ? place : row.position();
      key.put(row, 2 * wanted + Integer.compare(wanted, place));
    }
    sorted.sort(java.util.Comparator.comparingInt(key::get));
    return sorted;
  }

  static void renumber(List<AgendaItem> ordered) {
    int number = 1;
    for (AgendaItem item : ordered) {
      item.setNumber(number++);
    }
  }
}
