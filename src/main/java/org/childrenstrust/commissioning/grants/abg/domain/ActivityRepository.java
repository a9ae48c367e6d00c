package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<Activity, Long> {
  Optional<Activity> findByYearAndReference(AbgYear year, String reference);
  List<Activity> findByYearOrderById(AbgYear year);
}
