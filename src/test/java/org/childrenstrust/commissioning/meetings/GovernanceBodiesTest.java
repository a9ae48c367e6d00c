package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The meetings feature's small API for other features: a body's group, and an item on its forward plan. */
class GovernanceBodiesTest extends ProcessTestSupport {

  @Autowired GovernanceBodies bodies;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aBodyIsFoundByItsCodeWithTheGroupOfItsMembers() {
    assertThat(bodies.body("board")).contains(new GovernanceBodies.Body("BOARD", "Children's Trust Board", "trust-board"));
    assertThat(bodies.body("NOPE")).isEmpty();
  }

  @Test
  void anItemJoinsTheBodysForwardPlanForItsMonth() {
    long id = bodies.addToForwardPlan("BOARD", "Commissioning strategy: update on action 1", "david.obrien", YearMonth.of(2031, 3));
    assertThat(jdbc.queryForMap("select b.code, i.title, i.lead_officer, i.target_year, i.target_month, i.status "
        + "from ct_forward_plan_item i join ct_governance_body b on b.id = i.body_id where i.id = ?", id))
        .containsEntry("CODE", "BOARD").containsEntry("TITLE", "Commissioning strategy: update on action 1")
        .containsEntry("LEAD_OFFICER", "david.obrien").containsEntry("TARGET_YEAR", 2031).containsEntry("TARGET_MONTH", 3)
        .containsEntry("STATUS", "PROPOSED");
    assertThatThrownBy(() -> bodies.addToForwardPlan("NOPE", "x", null, YearMonth.of(2031, 3))).isInstanceOf(NotFound.class);
  }
}
