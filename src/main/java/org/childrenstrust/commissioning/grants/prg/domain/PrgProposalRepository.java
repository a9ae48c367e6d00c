package org.childrenstrust.commissioning.grants.prg.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrgProposalRepository extends JpaRepository<PrgProposal, Long> {
  Optional<PrgProposal> findByRound(PrgRound round);

  Optional<PrgProposal> findByReference(String reference);
}
