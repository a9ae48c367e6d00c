package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Long> {
  List<Score> findByExerciseIdOrderByQuestionNumberAscGroupNumberAsc(Long exerciseId);

  List<Score> findByExerciseIdAndGroupNumberOrderByQuestionNumberAsc(Long exerciseId, int groupNumber);
}
