package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.HEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD_2;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The pot on the database: after every step the allocations plus the unallocated amount equal the
 * pot, and every change of an allocation is kept (who, when, why, which decision).
 */
@Import(AbgYears.class)
class AbgPotInvariantTest extends ProcessTestSupport {

  @Autowired AllocationService allocations;
  @Autowired UnderspendService underspends;
  @Autowired AbgYears years;

  @Test
  void theAnnualAllocationKeepsThePotWholeAtEveryStep() {
    String label = "2041/42";
    AbgYear year = allocations.openYear(label, gbp("94"), ReallocationWalk.Policy.SKIP, OFFICER);
    years.assertPotWhole(label);
    allocations.loadGrantLines(year.getId(), AbgFixtures.lines());
    years.assertPotWhole(label);
    assertThat(allocations.year(year.getId()).getPot()).isEqualTo(gbp("2534268.20"));
    allocations.proposeAll(year.getId(), OFFICER);
    years.assertPotWhole(label);
    assertThat(years.unallocated(label)).isEqualTo(gbp("125790.00"));
    allocations.recordException(year.getId(), "CONNEXIONS", ExceptionKind.FULL_GRANT, null, "Grant already reduced", OFFICER);
    years.assertPotWhole(label);
    assertThat(years.allocationOf(label, "CONNEXIONS")).isEqualTo(gbp("1394246.00"));
    allocations.recordException(year.getId(), "SHADOW-BOARD", ExceptionKind.EARMARK, gbp("126000"), "Participatory budgeting", OFFICER);
    years.assertPotWhole(label);
    assertThatThrownBy(() -> allocations.approve(year.getId(), "ECG-1", "BOARD-1", OFFICER))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("overcommitted").hasMessageContaining("(£83,864.76 too much)")
        .hasMessageNotContaining("Exception");
    years.assertPotWhole(label);
    assertThat(allocations.year(year.getId()).getStatus()).isEqualTo(AbgYear.Status.DRAFT);
  }

  @Test
  void theSeedsExceptionsLeaveHeadroomAndApprovalIsRecordedOnEveryAllocation() {
    String label = "2042/43";
    Long id = years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    years.assertPotWhole(label);
    assertThat(years.unallocated(label)).isEqualTo(gbp("34856.20"));
    assertThat(years.allocationOf(label, "TFS")).isEqualTo(gbp("337006.00"));
    assertThat(years.allocationOf(label, "CF-PICKUP")).isEqualTo(gbp("106000.00"));
    assertThat(years.allocationOf(label, "CDR")).isEqualTo(gbp("41160.00"));
    assertThat(years.allocationOf(label, "CSC-WORKFORCE")).isEqualTo(gbp("195000.00"));
    assertThat(allocations.year(id).getStatus()).isEqualTo(AbgYear.Status.APPROVED);
    assertThat(years.historyOf(label, "CONNEXIONS")).extracting(row -> row.get("kind"))
        .containsExactly("PROPOSED", "REVISED", "APPROVED");
  }

  @Test
  void aConfirmedUnderspendMovesMoneyToUnallocatedAndIsKeptInTheHistory() {
    String label = "2043/44";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    Long underspend = underspends.declare(label, "CSC-WORKFORCE", gbp("20000"), "Vacant training post until October", LEAD_2).getId();
    years.assertPotWhole(label);
    underspends.confirm(underspend, true, null, HEAD);
    years.assertPotWhole(label);
    assertThat(years.unallocated(label)).isEqualTo(gbp("54856.20"));
    assertThat(years.allocationOf(label, "CSC-WORKFORCE")).isEqualTo(gbp("175000.00"));
    List<Map<String, Object>> history = years.historyOf(label, "CSC-WORKFORCE");
    Map<String, Object> last = history.get(history.size() - 1);
    assertThat(last).containsEntry("KIND", "UNDERSPEND_RELEASED").containsEntry("CHANGED_BY", HEAD)
        .containsEntry("DECISION_REFERENCE", "underspend " + underspend + " confirmed by " + HEAD);
    assertThat(last.get("REASON").toString()).contains("Vacant training post");
  }

  @Test
  void anUnderspendOfAnotherLeadOfficersActivityIsRefusedAndChangesNothing() {
    String label = "2044/45";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    assertThatThrownBy(() -> underspends.declare(label, "CSC-WORKFORCE", gbp("20000"), "Not mine", LEAD))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Only the lead officer");
    assertThatThrownBy(() -> underspends.declare(label, "CSC-WORKFORCE", gbp("-5"), "Negative", LEAD_2))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("more than £0.00");
    years.assertPotWhole(label);
    assertThat(years.unallocated(label)).isEqualTo(gbp("34856.20"));
  }
}
