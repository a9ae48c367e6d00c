package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Test helper: a year set up through the services, and the checks every step must pass. */
@Component
class AbgYears {

  private final AllocationService allocations;
  private final PriorityListService priorityLists;
  private final JdbcTemplate jdbc;

  AbgYears(AllocationService allocations, PriorityListService priorityLists, JdbcTemplate jdbc) {
    this.allocations = allocations;
    this.priorityLists = priorityLists;
    this.jdbc = jdbc;
  }

  /** Opened, grant lines loaded, proposed by the rule, the seed's exceptions recorded (not approved). */
  Long proposedYear(String label, ReallocationWalk.Policy policy) {
    AbgYear year = allocations.openYear(label, gbp("94"), policy, OFFICER);
    allocations.loadGrantLines(year.getId(), AbgFixtures.lines());
    allocations.proposeAll(year.getId(), OFFICER);
    allocations.recordException(year.getId(), "CONNEXIONS", ExceptionKind.FULL_GRANT, null,
        "The grant has already reduced significantly from 09/10", OFFICER);
    allocations.recordException(year.getId(), "TFS", ExceptionKind.FIXED_AMOUNT, gbp("337006"),
        "Under a tender exercise (re-tendering recommended by the Positive Contribution Outcome Group)", OFFICER);
    allocations.recordException(year.getId(), "CF-PICKUP", ExceptionKind.FIXED_AMOUNT, gbp("106000"),
        "Pick-up of staff previously funded by the Children's Fund, outside the tender (CAF team, locality services)", OFFICER);
    allocations.recordException(year.getId(), "CDR", ExceptionKind.ACTUAL_SPEND, null,
        "Actual spend in 08/09 and 09/10 below the allocation", OFFICER);
    allocations.recordException(year.getId(), "SHADOW-BOARD", ExceptionKind.EARMARK, gbp("15000"),
        "Young people's engagement in decision making and participatory budgeting", OFFICER);
    return year.getId();
  }

  /** Approved by the Management Group and the Board, with the priority list ranked by the Management Group. */
  Long approvedYear(String label, ReallocationWalk.Policy policy) {
    Long id = proposedYear(label, policy);
    allocations.approve(id, "ECG-" + label.substring(0, 4) + "-01-07", "BOARD-" + label.substring(0, 4) + "-01-27", OFFICER);
    priorityLists.submitList(label, "outcome-positive-contribution", AbgFixtures.priorityList());
    priorityLists.approveRanking(label, List.of("PL-COUNSELLING", "PL-ESAFETY", "PL-AIMING-HIGH"), "ECG-" + label.substring(0, 4) + "-07-08");
    return id;
  }

  /** The pot invariant, read from the database: allocations plus unallocated equal the pot. */
  void assertPotWhole(String label) {
    Map<String, Object> row = jdbc.queryForMap("select y.pot, y.unallocated, coalesce(sum(a.amount), 0) as allocated "
        + "from abg_year y left join abg_allocation a on a.year_id = y.id where y.label = ? group by y.pot, y.unallocated", label);
    BigDecimal pot = (BigDecimal) row.get("pot");
    BigDecimal allocated = new BigDecimal(row.get("allocated").toString());
    BigDecimal unallocated = (BigDecimal) row.get("unallocated");
    assertThat(allocated.add(unallocated)).as("allocated %s + unallocated %s = pot %s", allocated, unallocated, pot)
        .isEqualByComparingTo(pot);
    assertHistoryChains(label);
  }

  /** Each allocation's history is a chain from £0.00 to its amount: nothing overwritten. */
  private void assertHistoryChains(String label) {
    List<Map<String, Object>> rows = jdbc.queryForList("select a.id, a.amount, c.previous_amount, c.new_amount from abg_allocation a "
        + "join abg_year y on y.id = a.year_id join abg_allocation_change c on c.allocation_id = a.id where y.label = ? order by a.id, c.id", label);
    Long current = null;
    BigDecimal last = null;
    for (Map<String, Object> row : rows) {
      Long id = ((Number) row.get("id")).longValue();
      if (!id.equals(current)) {
        current = id;
        last = BigDecimal.ZERO;
      }
      assertThat((BigDecimal) row.get("previous_amount")).as("history of allocation %s", id).isEqualByComparingTo(last);
      last = (BigDecimal) row.get("new_amount");
    }
    for (Map<String, Object> row : rows) {
      BigDecimal amount = (BigDecimal) row.get("amount");
      List<BigDecimal> news = jdbc.queryForList("select new_amount from abg_allocation_change where allocation_id = ? order by id desc",
          BigDecimal.class, row.get("id"));
      assertThat(news.get(0)).as("latest change of allocation %s", row.get("id")).isEqualByComparingTo(amount);
    }
  }

  BigDecimal unallocated(String label) {
    return jdbc.queryForObject("select unallocated from abg_year where label = ?", BigDecimal.class, label);
  }

  BigDecimal allocationOf(String label, String reference) {
    return jdbc.queryForObject("select a.amount from abg_allocation a join abg_activity t on t.id = a.activity_id "
        + "join abg_year y on y.id = a.year_id where y.label = ? and t.reference = ?", BigDecimal.class, label, reference);
  }

  List<Map<String, Object>> historyOf(String label, String reference) {
    return jdbc.queryForList("select c.kind, c.previous_amount, c.new_amount, c.basis, c.reason, c.changed_by, c.decision_reference "
        + "from abg_allocation_change c join abg_allocation a on a.id = c.allocation_id join abg_activity t on t.id = a.activity_id "
        + "join abg_year y on y.id = a.year_id where y.label = ? and t.reference = ? order by c.id", label, reference);
  }
}
