package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseRepository extends JpaRepository<Exercise, Long> {
  List<Exercise> findByBodyCodeOrderByOpenedOnDescIdDesc(String bodyCode);
}
