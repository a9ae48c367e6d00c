package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {
  List<PlanAction> findByExerciseIdOrderByDueDateAscIdAsc(Long exerciseId);
}
