package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LspReturnRepository extends JpaRepository<LspReturn, Long> {
  Optional<LspReturn> findByYearAndQuarter(AbgYear year, int quarter);
}
