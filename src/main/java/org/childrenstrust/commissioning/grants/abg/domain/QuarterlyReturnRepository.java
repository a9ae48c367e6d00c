package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterlyReturnRepository extends JpaRepository<QuarterlyReturn, Long> {
  boolean existsByActivityAndQuarter(Activity activity, int quarter);
  List<QuarterlyReturn> findByActivityOrderByQuarter(Activity activity);
}
