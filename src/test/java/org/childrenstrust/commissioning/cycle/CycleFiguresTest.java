package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cycle's public read-only figures, read from the demo service areas. */
class CycleFiguresTest extends ProcessTestSupport {

  @Autowired CycleFigures figures;

  @Test
  void eachDemoServiceAreaIsAtItsStage() {
    Map<String, String> stages = figures.stages().stream()
        .collect(Collectors.toMap(CycleFigures.AreaStage::serviceAreaCode, CycleFigures.AreaStage::stage, (a, b) -> a));
    assertThat(stages).containsEntry("BULLYING-ESAFETY", "UNDERSTAND").containsEntry("ENGAGEMENT", "UNDERSTAND")
        .containsEntry("PARTICIPATION-14-19", "PLAN").containsEntry("PARENTING", "PLAN")
        .containsEntry("TEENAGE-PARENTS", "DO").containsEntry("CAMHS", "DO")
        .containsEntry("SUBSTANCE-MISUSE", "REVIEW").containsEntry("COUNSELLING", "REVIEW")
        .containsEntry("DISABLED-CHILDREN", "REVIEW").containsEntry("COMPLEX-NEEDS", "REVIEW");
    assertThat(figures.stages()).extracting(CycleFigures.AreaStage::serviceArea).isSorted();
  }

  @Test
  void contractsAreDueForReviewWithinTheNoticeOnly() {
    // 20 working days' notice: on 1 November 2010 no demo contract is due; on 1 December 2010 the short breaks contract
    // (review 17 December 2010) is.
    clockAt(LocalDateTime.of(2010, 11, 1, 9, 0));
    assertThat(figures.contractsDueForReview()).isEmpty();
    clockAt(LocalDateTime.of(2010, 12, 1, 9, 0));
    Map<String, CycleFigures.ContractDue> due = figures.contractsDueForReview().stream()
        .collect(Collectors.toMap(CycleFigures.ContractDue::provider, Function.identity()));
    assertThat(due).containsOnlyKeys("Short Breaks Herefordshire");
    assertThat(due.get("Short Breaks Herefordshire").value()).isEqualByComparingTo("150000.00");
    assertThat(due.get("Short Breaks Herefordshire").serviceArea()).isEqualTo("Children with disabilities (Aiming High, transition)");
  }
}
