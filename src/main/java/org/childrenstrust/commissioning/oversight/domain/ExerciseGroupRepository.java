package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseGroupRepository extends JpaRepository<ExerciseGroup, Long> {
  List<ExerciseGroup> findByExerciseIdOrderByGroupNumberAsc(Long exerciseId);

  Optional<ExerciseGroup> findByExerciseIdAndGroupNumber(Long exerciseId, int groupNumber);
}
