package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.junit.jupiter.api.Test;

/** The clerk reorders the agenda by changing an item's Position (plain rules, no engine). */
class AgendaOrderTest {

  private static AgendaItemRow row(int number, Integer position) {
    return new AgendaItemRow(number, position, "Item " + number, null, 10, "NONE", null, true, null, null);
  }

  private static List<Integer> order(List<AgendaItemRow> rows) {
    return AgendaOrder.byPosition(rows).stream().map(AgendaItemRow::number).toList();
  }

  @Test
  void rowsWithTheirOwnPositionsKeepTheirOrder() {
    assertThat(order(List.of(row(1, 1), row(2, 2), row(3, 3)))).containsExactly(1, 2, 3);
  }

  @Test
  void anItemMovedUpComesBeforeTheItemThatHadItsPlace() {
    assertThat(order(List.of(row(1, 1), row(2, 2), row(3, 3), row(4, 4), row(5, 2))))
        .containsExactly(1, 5, 2, 3, 4);
  }

  @Test
  void anItemMovedDownComesAfterTheItemThatHadItsPlace() {
    assertThat(order(List.of(row(1, 1), row(2, 4), row(3, 3), row(4, 4), row(5, 5))))
        .containsExactly(1, 3, 4, 2, 5);
  }

  @Test
  void aNewRowWithoutAPositionStaysWhereItWasAdded() {
    assertThat(order(List.of(row(1, 1), row(2, 2), new AgendaItemRow(null, null, "New", null, 5, "NONE", null, true, null, null))))
        .containsExactly(1, 2, null);
  }
}
