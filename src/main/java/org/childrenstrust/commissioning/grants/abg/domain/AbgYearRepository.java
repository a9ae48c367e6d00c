package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbgYearRepository extends JpaRepository<AbgYear, Long> {
  Optional<AbgYear> findByLabel(String label);
}
