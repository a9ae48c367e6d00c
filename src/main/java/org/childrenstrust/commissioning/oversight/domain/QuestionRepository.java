package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<Question, Long> {
  List<Question> findAllByOrderByQuestionNumberAsc();

  Optional<Question> findByQuestionNumber(int questionNumber);
}
