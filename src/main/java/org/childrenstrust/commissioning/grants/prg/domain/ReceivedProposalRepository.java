package org.childrenstrust.commissioning.grants.prg.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReceivedProposalRepository extends JpaRepository<ReceivedProposal, Long> {
  Optional<ReceivedProposal> findByReference(String reference);

  Optional<ReceivedProposal> findByRoundAndPartnershipNameIgnoreCase(PrgRound round, String partnershipName);

  List<ReceivedProposal> findByRoundOrderByReceivedAtAsc(PrgRound round);

  long countByRound(PrgRound round);
}
