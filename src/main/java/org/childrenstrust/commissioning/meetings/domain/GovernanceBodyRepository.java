package org.childrenstrust.commissioning.meetings.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GovernanceBodyRepository extends JpaRepository<GovernanceBody, Long> {
  Optional<GovernanceBody> findByCode(String code);
}
