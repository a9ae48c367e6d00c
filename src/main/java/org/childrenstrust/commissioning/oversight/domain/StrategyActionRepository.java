package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyActionRepository extends JpaRepository<StrategyAction, Long> {
  List<StrategyAction> findByBodyCodeOrderByActionNumberAscLineNumberAsc(String bodyCode);

  boolean existsByBodyCodeAndActionNumberAndLineNumber(String bodyCode, int actionNumber, int lineNumber);
}
