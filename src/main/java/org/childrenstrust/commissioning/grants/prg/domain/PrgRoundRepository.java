package org.childrenstrust.commissioning.grants.prg.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrgRoundRepository extends JpaRepository<PrgRound, Long> {
  Optional<PrgRound> findByReference(String reference);

  List<PrgRound> findAllByOrderByDeadlineDesc();
}
